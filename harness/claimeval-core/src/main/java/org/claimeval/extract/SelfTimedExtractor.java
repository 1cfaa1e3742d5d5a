package org.claimeval.extract;

import java.time.Duration;
import org.claimeval.spi.ClaimExtractor;

/**
 * An extractor that enforces the per-document timeout itself, because only it can stop what overruns (a
 * process must be killed; a Java thread cannot be). The runner's own timer is then only a backstop, set
 * {@link #backstopGrace()} later, so that the failure reason does not depend on which timer fired first.
 */
public interface SelfTimedExtractor extends ClaimExtractor {

    /**
     * How long after the timeout the runner's backstop fires.
     *
     * @return five seconds unless an implementation needs longer to stop
     */
    default Duration backstopGrace() {
        return Duration.ofSeconds(5);
    }
}
