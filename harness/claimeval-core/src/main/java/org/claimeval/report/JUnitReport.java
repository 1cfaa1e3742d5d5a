package org.claimeval.report;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimeval.extract.DocumentFailure;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.GateCheck;
import org.claimeval.score.Rejection;

/**
 * JUnit XML for CI systems: a test case per document (failed when the extractor failed on it) and one per
 * gate threshold (failed when not met). The scores ride along as properties and system-out. Every value
 * passes through {@link XmlText#text}: failure reasons come from extractors and may hold any character.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static String render(ScoreReport report, List<GateCheck> checks) {
        List<DocumentScore> docs = report.scores().documents();
        long failures = docs.stream().filter(d -> isFailed(report, d.doc())).count()
                + checks.stream().filter(c -> !c.passed()).count();
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", XmlText.text("claimeval." + report.extractor().name()));
            xml.writeAttribute("tests", Long.toString(docs.size() + checks.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            property(xml, "signature", report.signature());
            property(xml, "micro.precision", Decimals.score(report.scores().micro().precision()));
            property(xml, "micro.recall", Decimals.score(report.scores().micro().recall()));
            property(xml, "micro.f1", Decimals.score(report.scores().micro().f1()));
            property(xml, "training", report.settings().training());
            property(xml, "skippedLines", Integer.toString(report.skippedLines()));
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (DocumentScore d : docs) {
                String summary = String.join(" ", HumanReport.with("", d.counts())).trim();
                String failure = isFailed(report, d.doc()) ? reason(report, d.doc()) : null;
                StringBuilder out = new StringBuilder("TP FP FN P R F1: " + summary);
                // Claims that could not be placed are false positives of the document: say which.
                for (Rejection r : d.rejected()) {
                    out.append("\n").append(r.reason().json()).append(" (").append(r.where()).append(")")
                            .append(r.text() == null ? "" : ": \"" + r.text() + "\"").append(" - ").append(r.message());
                }
                testcase(xml, "document", d.doc(), out.toString(), failure);
            }
            for (GateCheck c : checks) {
                testcase(xml, "gate", c.name(), c.message(), c.passed() ? null : c.message());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write JUnit XML", e);
        }
        return buffer + "\n";
    }

    private static boolean isFailed(ScoreReport report, String doc) {
        return report.failures().containsKey(doc) || report.notRun().contains(doc);
    }

    private static String reason(ScoreReport report, String doc) {
        DocumentFailure f = report.failures().get(doc);
        return f != null ? f.reason() : "not run (--fail-fast)";
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", XmlText.text(name));
        xml.writeAttribute("value", XmlText.text(value));
    }

    private static void testcase(XMLStreamWriter xml, String classname, String name, String out, String failure)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "claimeval." + classname);
        xml.writeAttribute("name", XmlText.text(name));
        if (failure != null) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", XmlText.text(failure));
            xml.writeEndElement();
        }
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.text(out));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
