package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimeval.model.Claim;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final ScoreReport report = HtmlTestData.report();
    private final String html = HtmlReport.render(report);

    @Test
    void countsOfScoresAreThoseOfTheFixture() {
        // See HtmlTestData: p1 exact and p2 boundary are matched, p3 and p4 are spurious, g3 is missed.
        var micro = report.scores().micro();
        assertEquals(2, micro.tp());
        assertEquals(2, micro.fp());
        assertEquals(1, micro.fn());
    }

    @Test
    void listsOneMarkPerMatchMissAndFalsePositive() {
        assertEquals(1, count(html, "data-kind=\"tp\""));
        assertEquals(1, count(html, "data-kind=\"boundary\""));
        assertEquals(2, count(html, "data-kind=\"fp\""));
        assertEquals(1, count(html, "data-kind=\"fn\""));
    }

    @Test
    void overlappingSpansAreCutAtEveryEdge() {
        // p3 "Experts doubt" and g3 "doubt it all" overlap on "doubt": three segments, the middle one with both classes.
        assertTrue(html.contains("<span class=\"s p-fp\" data-a=\"d1-s1\""), html);
        assertTrue(segment("Experts ").contains("p-fp"));
        assertEquals("s g-fn p-fp", segmentClass("doubt"));
        assertEquals("s g-fn", segmentClass(" it all"));
        // The boundary mismatch: "300 tanks were" is covered by both spans, " lost" by the gold span only.
        // p2 says COMBAT where g2 says CASUALTIES: the gold span carries the visible wrong-attribute mark.
        assertEquals("s attr-wrong g-bd p-bd", segmentClass("300 tanks were"));
        assertEquals("s attr-wrong g-bd", segmentClass(" lost"));
        assertEquals("s g-tp", segmentClass("61,000 troops died"));
    }

    @Test
    void aMatchWithAWrongAttributeIsMarkedWithoutHovering() {
        // p2 "300 tanks were" (MoD, not in the registry; COMBAT) matched g2 "300 tanks were lost" (the Russian
        // Defence Ministry; CASUALTIES); p1 agrees with g1 in full.
        assertTrue(html.contains("<strong class=\"wrong\">wrong claimant, type</strong>"), html);
        assertEquals(1, count(html, "<strong class=\"wrong\">"), "only the boundary pair has a wrong attribute");
        assertTrue(html.contains(".s.attr-wrong { border-top:"), "the mark is drawn, not only a tooltip");
    }

    @Test
    void confusionTablesOfTypeAndSide() {
        // Matched pairs: g1 CASUALTIES predicted CASUALTIES, g2 CASUALTIES predicted COMBAT.
        assertTrue(html.contains("<table class=\"confusion\" id=\"confusion-type\">"), html);
        assertTrue(html.contains("<th>CASUALTIES</th><th>COMBAT</th></tr></thead>"), html);
        assertTrue(html.contains("<tr><th>CASUALTIES</th><td class=\"diag\">1</td><td>1</td></tr>"), html);
        // Sides: g1 and g2 are RU; p1 resolves to RU, p2's "MoD" to no registry entry.
        assertTrue(html.contains("<table class=\"confusion\" id=\"confusion-side\">"), html);
        assertTrue(html.contains("<tr><th>RU</th><td>1</td><td class=\"diag\">1</td></tr>"), html);
    }

    @Test
    void hoverShowsClaimantTypeAndQuantitiesOfGoldAndPrediction() {
        String title = attribute(segment("61,000 troops died"), "title");
        assertTrue(title.contains("gold g1"), title);
        assertTrue(title.contains("predicted p1"), title);
        assertTrue(title.contains("claimant Russian Defence Ministry (RU)"), title);
        assertTrue(title.contains("type CASUALTIES"), title);
        assertTrue(title.contains("quantities 61,000 troops"), title);
        assertTrue(title.contains("quantities over 61,000 troops"), title);
        assertTrue(title.contains("score 0.900"), title);
    }

    @Test
    void noMarkupFromDataSurvives() {
        // The only <script is the page's own, placed after </main>.
        assertEquals(1, count(html.toLowerCase(), "<script"), "one script element");
        assertTrue(html.indexOf("<script>") > html.indexOf("</main>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        // In attributes too: the claimant of p4 is in a title attribute, quotes escaped.
        assertTrue(html.contains("&lt;script&gt;document.body.setAttribute(&#39;data-pwned&#39;,&#39;1&#39;)"));
        assertTrue(html.contains("&quot;Quotes&quot; &amp; &#39;apostrophes&#39;"));
        // The extractor name (also data) is escaped in the title and the heading.
        assertFalse(html.contains("fixture<script"));
    }

    @Test
    void loadsNothingFromOutside() {
        assertFalse(html.contains(" src="), "no src attributes");
        assertFalse(html.contains(" href="), "no links");
        assertFalse(html.contains("url("), "no CSS urls");
        assertFalse(html.contains("@import"));
        String withoutNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutNamespace.contains("http:") || withoutNamespace.contains("https:"), "only the SVG namespace");
        assertTrue(html.contains("default-src 'none'"));
    }

    @Test
    void showsTheSignatureAndCurveWithAveragePrecision() {
        assertTrue(html.contains(Html.escape(report.signature())));
        // AP from HtmlTestData's ranking: 0.9 TP, 0.8 FP, 0.6 TP, unscored FP, 3 gold:
        // 1/3 * 1 + (2/3 - 1/3) * 2/3 = 1/3 + 2/9 = 5/9 = 0.555556.
        assertTrue(html.contains("data-ap=\"0.555556\""), "AP 5/9");
        assertFalse(html.contains("id=\"pr-none\""));
        assertEquals(2, count(html, "<svg class=\"chart bars\""));
    }

    @Test
    void saysSoWhenNoPredictionHasAScore() {
        List<Claim> unscored = HtmlTestData.predictions().stream().map(c -> new Claim(c.id(), c.doc(), c.start(),
                c.end(), c.text(), c.claimant(), null, null, List.of(), null, null, c.type(), c.quantities(), null,
                null)).toList();
        String page = HtmlReport.render(HtmlTestData.report(HtmlTestData.dataset(), Map.of(HtmlTestData.DOC, unscored)));
        assertTrue(page.contains("id=\"pr-none\""));
        assertFalse(page.contains("<svg class=\"chart pr\""));
    }

    @Test
    void isDeterministic() {
        assertEquals(html, HtmlReport.render(HtmlTestData.report()));
        assertFalse(html.contains("Time:"), "no timing when the report has none");
    }

    private String segment(String text) {
        Matcher m = Pattern.compile("<span class=\"s [^\"]*\"[^>]*>" + Pattern.quote(Html.escape(text)) + "</span>")
                .matcher(html);
        assertTrue(m.find(), "no segment with text " + text);
        return m.group();
    }

    private String segmentClass(String text) {
        return attribute(segment(text), "class");
    }

    private static String attribute(String element, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(element);
        assertTrue(m.find(), name + " in " + element);
        return m.group(1);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
