package org.claimeval.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.claimeval.cli.Main;

/** Runs a claimeval command line in this JVM, as a user would type it, and keeps what it printed. */
record Cli(List<String> args, int exit, String out, String err) {

    /** A Java stack frame ("at org.foo.Bar.baz(Bar.java:12)") or an uncaught exception header. */
    private static final Pattern STACK_TRACE =
            Pattern.compile("(?m)^\\s+at [\\w.$/<>]+\\(|Exception in thread|^Caused by: ");

    static Cli run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = Main.run(args.toArray(String[]::new), o, e);
        }
        // Every JSON report a test makes claimeval write must match the published schema.
        org.claimeval.report.ReportSchema.checkRun(args, out.toString());
        return new Cli(List.copyOf(args), exit, out.toString(), err.toString());
    }

    static Cli run(String... args) {
        return run(List.of(args));
    }

    boolean printedStackTrace() {
        return STACK_TRACE.matcher(out).find() || STACK_TRACE.matcher(err).find();
    }

    /** Everything printed, for assertion messages. */
    String transcript() {
        return "claimeval " + String.join(" ", args) + "\nexit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
