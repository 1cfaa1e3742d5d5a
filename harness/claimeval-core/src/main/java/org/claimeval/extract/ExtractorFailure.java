package org.claimeval.extract;

/**
 * An extractor that cannot do its job: it failed to load or prepare (the run cannot start), or it failed on
 * one document (the runner records that as a per-document failure and goes on). Exit code 3.
 */
public class ExtractorFailure extends Exception {

    public ExtractorFailure(String message) {
        super(message);
    }

    public ExtractorFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
