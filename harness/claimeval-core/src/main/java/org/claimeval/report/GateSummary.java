package org.claimeval.report;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimeval.score.GateCheck;

/**
 * What a CI shows of a gate run: a Markdown summary (verdict first, then one row per checked metric), JUnit XML
 * (one test case per checked metric) and GitHub Actions {@code ::error} lines. A run that could not finish
 * (exit 2 or 3) is rendered too, with its error as the verdict, so a step that publishes the files always has
 * them.
 *
 * @param subject  what was gated, e.g. the extractor's name and version; null when the run stopped before
 * @param signature the run's signature; null when the run stopped before scoring
 * @param checks   every checked metric, in the order given
 * @param error    why the run could not be judged (bad input, an extractor failure); null when it could
 * @param exitCode the exit code the run ends with
 */
public record GateSummary(String subject, String signature, List<GateCheck> checks, String error, int exitCode) {
    public GateSummary {
        checks = List.copyOf(checks);
    }

    public List<GateCheck> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** One line: passed, failed (naming the metrics), or the error. */
    public String verdict() {
        if (error != null) {
            return "gate error (exit " + exitCode + "): " + error;
        }
        List<GateCheck> failed = failed();
        if (failed.isEmpty()) {
            return "gate passed: " + checks.size() + " of " + checks.size() + " checks met";
        }
        return "gate FAILED: " + failed.size() + " of " + checks.size() + " checks missed ("
                + String.join(", ", failed.stream().map(GateCheck::name).toList()) + ")";
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        String mark = error != null ? "⚠️" : failed().isEmpty() ? "✅" : "❌";
        sb.append("## ").append(mark).append(' ').append(Markdown.escape(verdict())).append("\n\n");
        if (subject != null) {
            sb.append("Extractor: ").append(Markdown.escape(subject)).append("\n\n");
        }
        if (!checks.isEmpty()) {
            Table t = new Table("metric", "baseline", "now", "delta", "threshold", "result");
            for (GateCheck c : checks) {
                // Table.toMarkdown escapes every cell itself.
                t.row(c.name(), c.baseline() == null ? "-" : fmt(c.baseline()), fmt(c.actual()),
                        c.baseline() == null ? "-" : String.format(Locale.ROOT, "%+.4f", c.delta()),
                        c.thresholdText(), c.passed() ? "✅ pass" : "❌ FAIL");
            }
            sb.append(t.toMarkdown()).append('\n');
        }
        if (signature != null) {
            sb.append(Markdown.codeBlock(signature));
        }
        return sb.toString();
    }

    /** JUnit XML: one test case per checked metric, and one erroring test case when the run could not finish. */
    public String junit() {
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", XmlText.text("claimeval.gate" + (subject == null ? "" : "." + subject)));
            xml.writeAttribute("tests", Integer.toString(checks.size() + (error == null ? 0 : 1)));
            xml.writeAttribute("failures", Integer.toString(failed().size()));
            xml.writeAttribute("errors", error == null ? "0" : "1");
            if (signature != null) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("properties");
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", "signature");
                xml.writeAttribute("value", XmlText.text(signature));
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            for (GateCheck c : checks) {
                testcase(xml, c.name(), c.passed() ? null : "failure", c.message());
            }
            if (error != null) {
                testcase(xml, "run", "error", error);
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

    private static void testcase(XMLStreamWriter xml, String name, String problem, String text)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "claimeval.gate");
        xml.writeAttribute("name", XmlText.text(name));
        if (problem != null) {
            xml.writeStartElement(problem);
            xml.writeAttribute("message", XmlText.text(text));
            xml.writeEndElement();
        }
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.text(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * GitHub Actions workflow commands, one {@code ::error} line per failed metric (or one for the error), with
     * the characters the runner interprets escaped ({@code %}, CR, LF).
     */
    public List<String> githubErrors() {
        if (error != null) {
            return List.of("::error title=claimeval gate::" + workflowEscape(verdict()));
        }
        return failed().stream().map(c -> "::error title=claimeval gate " + workflowEscape(c.name()).replace(":", "%3A")
                .replace(",", "%2C") + "::" + workflowEscape(c.message())).toList();
    }

    private static String workflowEscape(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
