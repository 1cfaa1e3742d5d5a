package org.claimeval.cli;

import java.io.PrintWriter;
import org.claimeval.report.ScoreReport;

/** What a run with extractor failures tells the user, and its exit code. */
final class Failures {
    private Failures() {
    }

    /** Names each failed document on standard error; 3 when any document failed, else 0. */
    static int exitCode(ScoreReport report, PrintWriter err) {
        report.warnings().forEach(w -> err.println("claimeval: warning: " + Main.oneLine(w)));
        if (report.predictions() != null && report.predictions().skippedLines() > 0) {
            err.println("claimeval: warning: " + report.predictions().skippedLines() + " line(s) of "
                    + report.predictions().file() + " skipped (--lenient): not claims");
        }
        err.flush();
        if (!report.hasFailures()) {
            return ExitCode.OK;
        }
        report.failures().values().forEach(f -> err.println(Main.oneLine("claimeval: extractor failed on " + f.doc() + ": " + f.reason())));
        report.notRun().forEach(doc -> err.println("claimeval: not run after the first failure (--fail-fast): " + doc));
        err.println("claimeval: failed documents are scored as having no predictions");
        err.flush();
        return ExitCode.FAILURE;
    }
}
