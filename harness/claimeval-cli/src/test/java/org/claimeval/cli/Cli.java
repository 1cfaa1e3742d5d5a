package org.claimeval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Runs claimeval in-process, capturing both streams: what a user would see, and the exit code. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        // Every JSON report a test makes claimeval write must match the published schema.
        org.claimeval.report.ReportSchema.checkRun(java.util.List.of(args), out.toString());
        return new Cli(code, out.toString(), err.toString());
    }

    /** A test resource as a path. */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(Cli.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The two-document fixture dataset, with emoji before its first claims. */
    static String fixtureDataset() {
        return resource("/datasets/valid/dataset").toString();
    }
}
