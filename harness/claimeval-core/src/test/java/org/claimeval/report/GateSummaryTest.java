package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimeval.score.GateCheck;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The gate's JUnit XML and Markdown summary hold whatever text an extractor or a file name brings. */
class GateSummaryTest {
    /** A terminal colour code, a NUL, a form feed, a lone surrogate, U+FFFF and a CDATA terminator. */
    private static final String HOSTILE = "crashed: \u001b[31mboom\u001b[0m \u0000\f\uD800 \uFFFF ]]> <b>&";

    private static final String SHOWN = "crashed: \\u001B[31mboom\\u001B[0m \\u0000\\u000C\\uD800 \\uFFFF ]]> <b>&";

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void junitWithControlCharactersParsesAndKeepsTheRest() throws Exception {
        GateCheck failed = GateCheck.atLeast("claim_claimant.f1", 0.5, 0.6);
        GateSummary summary = new GateSummary("x" + HOSTILE, HOSTILE, List.of(failed), HOSTILE, 3);
        Document xml = parse(summary.junit());
        Element suite = xml.getDocumentElement();
        assertEquals("2", suite.getAttribute("tests")); // the checked metric and the run's error
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        // Each forbidden character is shown as a visible \\uXXXX; the markup characters and ]]> survive as text.
        assertEquals(SHOWN, error.getAttribute("message"));
    }

    @Test
    void cdataCannotBeClosedEarly() throws Exception {
        String xml = "<r>" + XmlText.cdata(HOSTILE) + "</r>";
        assertEquals(SHOWN, parse(xml).getDocumentElement().getTextContent());
    }

    @Test
    void markdownStartsWithTheVerdictThenOneRowPerMetric() {
        // Floor: 0.5 < 0.6 fails. Drop: baseline 0.8 - 0.05 = 0.75 <= 0.78 passes; delta 0.78 - 0.8 = -0.02.
        GateSummary summary = new GateSummary("cue@1.0", "sig", List.of(GateCheck.atLeast("micro.f1", 0.5, 0.6),
                GateCheck.maxDrop("claim_claimant.f1", 0.8, 0.78, 0.05)), null, 1);
        String md = summary.markdown();
        assertTrue(md.startsWith("## ❌ gate FAILED: 1 of 2 checks missed (min micro.f1)\n"), md);
        assertTrue(md.contains("| min micro.f1 | - | 0.5000 | - | &gt;= 0.6000 | ❌ FAIL |"), md);
        assertTrue(md.contains("| max-drop claim\\_claimant.f1 | 0.8000 | 0.7800 | -0.0200 | &gt;= 0.7500 | ✅ pass |"), md);
        assertEquals(List.of("::error title=claimeval gate min micro.f1::min micro.f1: 0.5000 < 0.6000 (FAILED)"),
                summary.githubErrors());
    }
}
