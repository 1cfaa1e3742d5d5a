package org.claimeval.stats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cohen's kappa of two annotators labelling the same items: (p_o - p_e) / (1 - p_e), with p_o the observed
 * agreement and p_e the agreement expected by chance from each annotator's own label frequencies.
 *
 * <p>Degenerate cases, defined so kappa is never NaN: when p_e = 1 (both annotators gave every item the same
 * single label, so p_o = 1 too) kappa is 1.0, as the agreement is perfect; with no items at all kappa is 1.0,
 * as there is nothing to disagree on (the same convention as an accuracy over no matched pairs). Reports show
 * the number of items beside kappa so such cases are visible.
 *
 * @param items    number of labelled pairs
 * @param observed p_o, the share of items with the same label
 * @param expected p_e, the chance agreement
 * @param kappa    the statistic, in [-1, 1]
 */
public record CohensKappa(int items, double observed, double expected, double kappa) {

    /** Kappa of paired labels: {@code a.get(i)} and {@code b.get(i)} label item i. */
    public static CohensKappa of(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(a.size() + " labels against " + b.size());
        }
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            table.computeIfAbsent(a.get(i), k -> new TreeMap<>()).merge(b.get(i), 1, Integer::sum);
        }
        return ofTable(table);
    }

    /** Kappa of a confusion table: {@code table[rowLabel][columnLabel]} counts items labelled so by a and b. */
    public static CohensKappa ofTable(Map<String, Map<String, Integer>> table) {
        TreeSet<String> labels = new TreeSet<>(table.keySet());
        table.values().forEach(row -> labels.addAll(row.keySet()));
        long n = 0;
        long agreed = 0;
        Map<String, Long> rowTotals = new TreeMap<>();
        Map<String, Long> columnTotals = new TreeMap<>();
        for (var row : table.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                if (cell.getValue() < 0) {
                    throw new IllegalArgumentException("negative count in the table");
                }
                n += cell.getValue();
                rowTotals.merge(row.getKey(), (long) cell.getValue(), Long::sum);
                columnTotals.merge(cell.getKey(), (long) cell.getValue(), Long::sum);
                if (row.getKey().equals(cell.getKey())) {
                    agreed += cell.getValue();
                }
            }
        }
        if (n == 0) {
            return new CohensKappa(0, 1.0, 1.0, 1.0);
        }
        double observed = agreed / (double) n;
        double expected = 0;
        for (String label : labels) {
            expected += (rowTotals.getOrDefault(label, 0L) / (double) n) * (columnTotals.getOrDefault(label, 0L) / (double) n);
        }
        // p_e = 1 only when both used one and the same label throughout; then p_o = 1 and agreement is perfect.
        double kappa = expected >= 1.0 ? 1.0 : (observed - expected) / (1 - expected);
        return new CohensKappa((int) n, observed, expected, kappa);
    }
}
