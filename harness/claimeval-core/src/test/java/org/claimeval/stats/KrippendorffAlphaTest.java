package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alpha against values computed by hand and against the worked examples in Krippendorff's "Computing
 * Krippendorff's Alpha-Reliability" (2011), nominal metric.
 */
class KrippendorffAlphaTest {
    private static final String M = null; // a missing value

    @Test
    void twoCodersBinaryByHand() {
        // Krippendorff's example A (binary data, two observers, no missing data):
        // coder 1: 0 1 0 0 0 0 0 0 1 0; coder 2: 1 1 1 0 0 1 0 0 0 0.
        // n = 20 pairable values, n_0 = 14, n_1 = 6. Units 1, 3, 6 and 9 disagree, each adding 1 to o_01 and o_10:
        // o_01 = 4. alpha = 1 - (n - 1) * o_01 / (n_0 * n_1) = 1 - 19 * 4 / (14 * 6) = 1 - 76/84 = 0.095238.
        var units = KrippendorffAlpha.unitsOf(
                new String[] {"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"},
                new String[] {"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"});
        KrippendorffAlpha a = KrippendorffAlpha.nominal(2, units);
        assertEquals(1 - 76.0 / 84.0, a.alpha(), 1e-9);
        assertEquals(20, a.pairable());
    }

    @Test
    void twoCodersNominalKrippendorffExampleB() {
        // Example B: observers Ben and Gerry, 12 units, categories a-e; the paper gives alpha = 0.692.
        // By hand: n = 24; disagreeing units 1 (a,b), 5 (d,b), 12 (a,d); n_a = 4, n_b = 6, n_c = 6, n_d = 6, n_e = 2.
        // D_o = 6 / 24 (each disagreeing unit adds two off-diagonal coincidences); sum of n_c * n_k over c != k
        // = 24^2 - (16 + 36 + 36 + 36 + 4) = 576 - 128 = 448, D_e = 448 / (24 * 23).
        // alpha = 1 - (n - 1) * 6 / 448 = 1 - 23 * 6 / 448 = 1 - 138/448 = 0.691964.
        var units = KrippendorffAlpha.unitsOf(
                new String[] {"a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"},
                new String[] {"b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"});
        assertEquals(1 - 138.0 / 448.0, KrippendorffAlpha.nominal(2, units).alpha(), 1e-9);
        assertEquals(0.692, KrippendorffAlpha.nominal(2, units).alpha(), 5e-4);
    }

    @Test
    void fourCodersWithMissingValuesKrippendorffExampleC() {
        // Example C: four observers, 12 units, values 1-5, missing data; the paper gives nominal alpha = 0.743.
        var units = KrippendorffAlpha.unitsOf(
                new String[] {"1", "2", "3", "3", "2", "1", "4", "1", "2", M, M, M},
                new String[] {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", M, "3"},
                new String[] {M, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", M},
                new String[] {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", M});
        KrippendorffAlpha a = KrippendorffAlpha.nominal(4, units);
        assertEquals(0.743, a.alpha(), 5e-4);
        // Unit 12 has a single value and is not pairable: 11 units, 40 values.
        assertEquals(11, a.units());
        assertEquals(40, a.pairable());
    }

    @Test
    void countedUnitsEqualRepeatedUnits() {
        var repeated = List.of(List.of("x", "x"), List.of("x", "x"), List.of("x", "y"), List.of("y", "y"));
        var counted = new java.util.LinkedHashMap<List<String>, Integer>();
        counted.put(List.of("x", "x"), 2);
        counted.put(List.of("x", "y"), 1);
        counted.put(List.of("y", "y"), 1);
        // n = 8, n_x = 5, n_y = 3, o_xy = 1 (one disagreeing unit adds 1 each way): alpha = 1 - 7 * 1 / 15.
        assertEquals(1 - 7.0 / 15.0, KrippendorffAlpha.nominal(2, repeated).alpha(), 1e-9);
        assertEquals(1 - 7.0 / 15.0, KrippendorffAlpha.nominalCounted(2, counted).alpha(), 1e-9);
    }

    @Test
    void oneValueThroughoutOrNothingPairableIsOne() {
        assertEquals(1.0, KrippendorffAlpha.nominal(2, List.of(List.of("x", "x"))).alpha());
        assertEquals(1.0, KrippendorffAlpha.nominal(2, List.of(java.util.Arrays.asList("x", null))).alpha());
        assertEquals(0, KrippendorffAlpha.nominal(2, List.of()).units());
    }
}
