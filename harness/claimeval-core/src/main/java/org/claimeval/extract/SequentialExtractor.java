package org.claimeval.extract;

import org.claimeval.spi.ClaimExtractor;

/**
 * An extractor whose {@link #extract} must not run on several threads at once, such as one talking to a
 * single external process. The runner gives it one document at a time whatever the thread count, so a
 * document's timeout never includes time spent waiting for another document.
 */
public interface SequentialExtractor extends ClaimExtractor {
}
