package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimeval.model.Bound;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private static List<QuantityFinder.Found> find(String text) {
        return QuantityFinder.find(text, 0, text.length());
    }

    @Test
    void digitsWithSeparatorsAndBoundOver() {
        // "more than" bounds from below; 1,250 without the comma is 1250; the head noun is the unit.
        List<QuantityFinder.Found> q = find("The agency counted more than 1,250 displaced residents.");
        assertEquals(1, q.size());
        assertEquals(1250.0, q.get(0).value());
        assertEquals("residents", q.get(0).unit());
        assertEquals(Bound.OVER, q.get(0).bound());
    }

    @Test
    void boundsFromTheWordsBefore() {
        assertEquals(Bound.APPROX, find("about 300 sailors").get(0).bound());
        assertEquals(Bound.APPROX, find("nearly 40 ships").get(0).bound());
        assertEquals(Bound.APPROX, find("approximately 7 bridges").get(0).bound());
        assertEquals(Bound.UP_TO, find("up to 90 drones").get(0).bound());
        assertEquals(Bound.OVER, find("losses exceeded 5,000 vehicles").get(0).bound());
        assertEquals(Bound.UNDER, find("fewer than 20 aircraft").get(0).bound());
        assertEquals(Bound.EXACT, find("it downed 12 drones").get(0).bound());
    }

    @Test
    void numberWordsScalesAndPercent() {
        assertEquals(3.0, find("three tanks were hit").get(0).value());
        // 2.5 million = 2,500,000
        QuantityFinder.Found millions = find("2.5 million people fled").get(0);
        assertEquals(2_500_000.0, millions.value());
        assertEquals("people", millions.unit());
        assertEquals("percent", find("over 30% of the area").get(0).unit());
        assertEquals("percent", find("some 15 per cent of the fleet").get(0).unit());
        assertEquals("square kilometres", find("900 square kilometres").get(0).unit());
    }

    @Test
    void calendarNumbersAreNotFigures() {
        assertTrue(find("The talks began on March 3, 2021.").isEmpty());
        assertTrue(find("in 1999 the treaty lapsed").isEmpty());
    }

    @Test
    void verbAfterTheNounEndsTheUnit() {
        assertEquals("engineers", find("500 engineers arrived at the plant").get(0).unit());
    }
}
