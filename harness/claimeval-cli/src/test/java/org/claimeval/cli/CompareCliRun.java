package org.claimeval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed (shared by the compare, agree and --ci tests). */
record CompareCliRun(int exitCode, String out, String err) {
    static CompareCliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CompareCliRun(code, out.toString(), err.toString());
    }
}
