package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTextTest {

    @Test
    void digitsWithSeparatorsAndDecimals() {
        assertEquals(List.of(61000.0), QuantityText.values("61,000 servicemen"));
        assertEquals(List.of(1.5), QuantityText.values("1.5 km"));
        assertEquals(List.of(12500.0), QuantityText.values("12\u00a0500 troops"));
    }

    @Test
    void scaleWordsGiveBothReadings() {
        // "1.5 million": 1.5 (scale kept in the unit) and 1,500,000.
        assertEquals(List.of(1.5, 1_500_000.0), QuantityText.values("1.5 million people"));
    }

    @Test
    void numberWords() {
        assertTrue(QuantityText.matches("five villages", 5));
        assertTrue(QuantityText.matches("ten soldiers", 10));
        assertTrue(QuantityText.matches("one tank", 1));
        assertTrue(QuantityText.matches("twenty-three drones", 23));
        // two hundred and fifty thousand = (2 * 100 + 50) * 1000
        assertTrue(QuantityText.matches("two hundred and fifty thousand", 250_000));
        assertTrue(QuantityText.matches("a dozen tanks", 12));
        assertTrue(QuantityText.matches("a thousand men", 1000));
        assertFalse(QuantityText.matches("five villages", 6));
    }

    @Test
    void percentagesAreTheNumberOfPercent() {
        assertTrue(QuantityText.matches("about 40%", 40));
        assertTrue(QuantityText.matches("40 percent", 40));
        assertFalse(QuantityText.matches("40 percent", 0.4));
    }

    @Test
    void rangesOfferEachEnd() {
        assertEquals(List.of(200.0, 300.0), QuantityText.values("between 200 and 300"));
    }

    @Test
    void noNumber() {
        assertEquals(List.of(), QuantityText.values("dozens of soldiers"));
    }
}
