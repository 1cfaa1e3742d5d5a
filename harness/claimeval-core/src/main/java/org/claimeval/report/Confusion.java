package org.claimeval.report;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.score.Dimension;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Match;
import org.claimeval.score.Scores;

/**
 * A confusion table over matched pairs: how often gold value g was predicted as p. A prediction that does not
 * say counts under {@code (none)}. Rows and columns are sorted, so the table is deterministic.
 */
record Confusion(TreeSet<String> gold, TreeSet<String> predicted, Map<String, Integer> cells) {

    int count(String g, String p) {
        return cells.getOrDefault(g + "\u0000" + p, 0);
    }

    static Confusion types(Scores scores) {
        return of(scores, c -> c.type() == null ? null : c.type().json());
    }

    /** By side of the resolved claimant: RU, UA, WEST, OTHER, author, or (none). */
    static Confusion sides(Scores scores, ClaimantRegistry registry) {
        return of(scores, c -> {
            if (c.claimant() == null) {
                return null;
            }
            String id = registry.canonicalId(c.claimant());
            if (org.claimeval.model.Claimant.AUTHOR_ID.equals(id)) {
                return id;
            }
            return registry.side(c.claimant()).map(s -> s.json()).orElse("(unknown)");
        });
    }

    private static Confusion of(Scores scores, Function<Claim, String> key) {
        TreeSet<String> gold = new TreeSet<>();
        TreeSet<String> predicted = new TreeSet<>();
        Map<String, Integer> cells = new TreeMap<>();
        for (DocumentScore d : scores.documents()) {
            for (Match m : d.matches()) {
                String g = orNone(key.apply(m.gold()));
                String p = orNone(key.apply(m.predicted()));
                gold.add(g);
                predicted.add(p);
                cells.merge(g + "\u0000" + p, 1, Integer::sum);
            }
        }
        return new Confusion(gold, predicted, cells);
    }

    private static String orNone(String value) {
        return value == null ? Dimension.NONE : value;
    }
}
