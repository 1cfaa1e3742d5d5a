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
        // A negated comparison turns round: "no fewer than" is at least, "no more than" at most.
        assertEquals(Bound.OVER, find("no fewer than 300 homes").get(0).bound());
        assertEquals(Bound.UP_TO, find("no more than 300 homes").get(0).bound());
        assertEquals(Bound.UP_TO, find("as many as 400 sailors").get(0).bound());
    }

    @Test
    void numberWordsScalesAndPercent() {
        assertEquals(3.0, find("three tanks were hit").get(0).value());
        // 2.5 million = 2,500,000
        QuantityFinder.Found millions = find("2.5 million people fled").get(0);
        assertEquals(2_500_000.0, millions.value());
        assertEquals("people", millions.unit());
        // Percentages keep the unit as written (guideline H15): the sign, or the words.
        assertEquals("%", find("over 30% of the area").get(0).unit());
        assertEquals("per cent", find("some 15 per cent of the fleet").get(0).unit());
        assertEquals("percent", find("some 15 percent of the fleet").get(0).unit());
        assertEquals("square kilometres", find("900 square kilometres").get(0).unit());
    }

    @Test
    void unitsKeepTheCategoryAndDropOriginStateAndRole() {
        // "destroyed" (state) and "Northern" (origin) go; "armoured" makes the category and stays, as written.
        QuantityFinder.Found vehicles = find("it counted 40 destroyed Northern armoured vehicles in the valley").get(0);
        assertEquals("armoured vehicles", vehicles.unit());
        assertEquals("40 destroyed Northern armoured vehicles", "it counted 40 destroyed Northern armoured vehicles in"
                .substring(vehicles.start(), vehicles.end()));
        assertEquals("MLRS launchers", find("11 MLRS launchers were hit").get(0).unit());
        assertEquals("HIMARS", find("three foreign-made HIMARS").get(0).unit());
        // A participle after the noun ends the unit: "killed and wounded" is not part of what is counted.
        assertEquals("troops", find("more than 900 troops killed and wounded").get(0).unit());
    }

    @Test
    void periodsModelNamesAndVagueFiguresAreNotQuantities() {
        assertTrue(find("in the past 24 hours").isEmpty());
        assertTrue(find("during the first two weeks of May").isEmpty());
        assertTrue(find("a Ka-52 helicopter").isEmpty());
        assertTrue(find("several hundred square kilometres").isEmpty());
        // "at least" and a verb "top" bound from below, like "more than".
        assertEquals(Bound.OVER, find("at least 30 boats").get(0).bound());
        assertEquals(Bound.OVER, find("losses top 4,000 sheep").get(0).bound());
        // A duration a source claims is a figure.
        assertEquals("days", find("on duty for 40 days without rest").get(0).unit());
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
