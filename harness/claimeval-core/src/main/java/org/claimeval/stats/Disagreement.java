package org.claimeval.stats;

import java.util.List;

/**
 * One place two annotators disagree.
 *
 * @param doc         document id
 * @param kind        {@code only-a} (A's claim matched nothing of B's), {@code only-b}, or {@code differs} (an
 *                    overlap-matched pair that differs in some field)
 * @param idA         A's claim id; null for only-b
 * @param idB         B's claim id; null for only-a
 * @param startA      A's content offsets (code points, end-exclusive); null for only-b
 * @param endA        see startA
 * @param startB      B's content offsets; null for only-a
 * @param endB        see startB
 * @param differences for {@code differs}: each differing field with both values, e.g. {@code type COMBAT/FORCES};
 *                    empty otherwise
 * @param text        the claim's text (A's for a pair)
 */
public record Disagreement(String doc, String kind, String idA, String idB, Integer startA, Integer endA, Integer startB,
                           Integer endB, List<String> differences, String text) {
    public static final String ONLY_A = "only-a";
    public static final String ONLY_B = "only-b";
    public static final String DIFFERS = "differs";

    public Disagreement {
        differences = List.copyOf(differences);
    }

    /** Where it starts in the document, for sorting. */
    public int start() {
        return startA != null ? startA : startB;
    }
}
