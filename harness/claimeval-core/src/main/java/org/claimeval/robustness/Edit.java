package org.claimeval.robustness;

import java.util.Comparator;
import java.util.List;

/**
 * One change to a text in code points: [from, to) becomes {@code replacement}; {@code from == to} inserts.
 * Most perturbations are a list of such edits applied left to right.
 */
record Edit(int from, int to, String replacement) {

    static Edit insert(int at, String text) {
        return new Edit(at, at, text);
    }

    /** Applies non-overlapping edits (in any order) and copies everything between them. */
    static Rewritten apply(String text, List<Edit> edits) {
        TextRewrite rewrite = new TextRewrite(text);
        int at = 0;
        for (Edit e : edits.stream().sorted(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to)).toList()) {
            if (e.from < at) {
                throw new IllegalArgumentException("overlapping edits at " + e.from);
            }
            rewrite.copy(at, e.from);
            if (e.from == e.to) {
                rewrite.insert(e.replacement);
            } else {
                rewrite.replace(e.from, e.to, e.replacement);
            }
            at = e.to;
        }
        rewrite.copy(at, rewrite.oldLength());
        return rewrite.finish();
    }
}
