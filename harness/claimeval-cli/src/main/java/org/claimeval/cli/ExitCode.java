package org.claimeval.cli;

/** The exit codes of every claimeval command; documented in the README and stable across versions. */
public final class ExitCode {
    /** Success, or the gate passed. */
    public static final int OK = 0;
    /** The gate failed: a threshold was not met or a regression exceeded the allowed drop. */
    public static final int GATE_FAILED = 1;
    /** Usage error or bad input (a file that cannot be used as given). */
    public static final int BAD_INPUT = 2;
    /** An extractor failed, or claimeval itself did. */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
