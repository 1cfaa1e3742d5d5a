package org.claimeval.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * Krippendorff's alpha for nominal data, 1 - D_o / D_e, computed by DKPro Statistics (Apache-2.0): any number
 * of coders, missing values allowed. A unit is one thing coded (a token, a matched claim), with one value per
 * coder, null where a coder gave none; units with fewer than two values are not pairable and do not count.
 *
 * <p>Identical units are added once with their count (DKPro's {@code addMultipleItems}): token-wise alpha over a
 * large corpus has millions of units but only a handful of distinct value combinations.
 *
 * <p>Degenerate cases, defined so alpha is never NaN, as for Cohen's kappa: no pairable unit, or a single value
 * used throughout (D_e = 0, so no disagreement was possible), give 1.0; {@code pairable} says how many values
 * were paired, so such a case is visible.
 *
 * @param coders   the number of coders
 * @param units    pairable units
 * @param pairable values in pairable units (Krippendorff's n)
 * @param alpha    the coefficient: 1 perfect agreement, 0 chance, below 0 systematic disagreement
 */
public record KrippendorffAlpha(int coders, long units, long pairable, double alpha) {

    /** Alpha of units given as value lists (one entry per coder, null = missing), in any order. */
    public static KrippendorffAlpha nominal(int coders, List<List<String>> units) {
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (List<String> unit : units) {
            if (unit.size() != coders) {
                throw new IllegalArgumentException("a unit has " + unit.size() + " values for " + coders + " coders");
            }
            counts.merge(unit, 1, Integer::sum);
        }
        return nominalCounted(coders, counts);
    }

    /** Alpha of distinct units with how often each occurs. */
    public static KrippendorffAlpha nominalCounted(int coders, Map<List<String>, Integer> unitCounts) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
        long units = 0;
        long pairable = 0;
        java.util.Set<String> values = new java.util.TreeSet<>();
        for (Map.Entry<List<String>, Integer> e : unitCounts.entrySet()) {
            long present = e.getKey().stream().filter(Objects::nonNull).count();
            if (present < 2 || e.getValue() <= 0) {
                continue; // not pairable: Krippendorff leaves such units out of both disagreements
            }
            e.getKey().stream().filter(Objects::nonNull).forEach(values::add);
            study.addMultipleItems(e.getValue(), e.getKey().toArray());
            units += e.getValue();
            pairable += present * e.getValue();
        }
        if (units == 0 || values.size() < 2) {
            return new KrippendorffAlpha(coders, units, pairable, 1.0);
        }
        double alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
        return new KrippendorffAlpha(coders, units, pairable, alpha);
    }

    /** Units from rows of a reliability matrix (one row per coder, {@code null} = missing). */
    public static List<List<String>> unitsOf(String[]... coderRows) {
        int n = coderRows[0].length;
        List<List<String>> units = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            String[] values = new String[coderRows.length];
            for (int c = 0; c < coderRows.length; c++) {
                values[c] = coderRows[c][u];
            }
            units.add(Arrays.asList(values));
        }
        return units;
    }
}
