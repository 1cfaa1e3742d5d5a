package org.claimeval.cli;

/**
 * A command whose outcome files must exist whatever the exit code: {@code gate}'s Markdown summary and JUnit XML,
 * which a CI step publishes with {@code if: always()}. {@link Main} calls it when the command ends in exit 2 or 3
 * through an exception, including a check made before any work ({@link CheckedBeforeWork}).
 */
interface OutcomeFiles {
    /** Writes the files with {@code error} as the verdict; must not throw. */
    void writeError(String error, int exitCode);
}
