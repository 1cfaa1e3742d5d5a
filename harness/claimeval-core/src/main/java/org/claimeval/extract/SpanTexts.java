package org.claimeval.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The texts of spans of one document, each slice kept once: a large predictions file repeats the same spans
 * many times, and sharing one string per span keeps memory bounded by the distinct spans, not the lines.
 */
final class SpanTexts {
    /** Beyond this many distinct spans, slices are no longer kept: a cache must not become the leak. */
    private static final int MAX_CACHED = 200_000;

    private final Aligner aligner;
    private final Map<Long, String> slices = new HashMap<>();

    SpanTexts(Aligner aligner) {
        this.aligner = aligner;
    }

    Aligner aligner() {
        return aligner;
    }

    String slice(int start, int end) {
        long key = ((long) start << 32) | end;
        String cached = slices.get(key);
        if (cached != null) {
            return cached;
        }
        String slice = aligner.document().slice(start, end);
        if (slices.size() < MAX_CACHED) {
            slices.put(key, slice);
        }
        return slice;
    }
}
