package org.claimeval.score;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts split by one {@link Dimension}, rows sorted by key. The rows add up to the micro counts.
 *
 * @param dimension {@code type}, {@code attribution} or {@code side}
 */
public record Breakdown(String dimension, Map<String, Counts> rows) {
    public Breakdown {
        rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
    }

    static Breakdown of(Dimension dimension, List<DocumentScore> documents) {
        TreeMap<String, Counts> rows = new TreeMap<>();
        for (DocumentScore d : documents) {
            for (Match m : d.matches()) {
                rows.merge(dimension.keyOf(m.gold()), new Counts(1, 0, 0), Counts::plus);
            }
            for (var c : d.missed()) {
                rows.merge(dimension.keyOf(c), new Counts(0, 0, 1), Counts::plus);
            }
            for (var c : d.spurious()) {
                rows.merge(dimension.keyOf(c), new Counts(0, 1, 0), Counts::plus);
            }
            // What a rejected prediction would have said is unknown: it counts where a silent one does.
            if (!d.rejected().isEmpty()) {
                rows.merge(Dimension.NONE, new Counts(0, d.rejected().size(), 0), Counts::plus);
            }
        }
        return new Breakdown(dimension.name(), rows);
    }

    public Counts total() {
        return rows.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
