package org.claimeval.extract;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads that run extractors and drive them: named for thread dumps, and daemons, so a hung extractor never keeps the JVM up. */
public final class ExtractorThreads {
    private ExtractorThreads() {
    }

    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
