package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 6, escaping: what an extractor says (its name, its failure messages) and what a pull request
 * names (a baseline file) reach the JUnit XML and Markdown summaries only through the report package's
 * escaping primitives, so they can neither break the XML nor forge Markdown lines.
 */
class EscapingAttackTest {
    private static final String SOURCE = """
            public final class Hostile implements ClaimExtractor {
                public String name() { return "evil`name\\n- ✅ min-f1: forged"; }
                public String version() { return "0"; }
                public List<Claim> extract(Document d) {
                    throw new IllegalStateException("\\u001b[31mred]]><injected/>\\u0000");
                }
            }
            """;

    @Test
    void extractorTextCannotBreakJUnitXmlOrForgeMarkdown(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, SOURCE, List.of("Hostile"));
        Path dataset = HostileJar.dataset(tmp);
        Path xml = tmp.resolve("junit.xml");
        Path md = tmp.resolve("summary.md");
        Cli run = Cli.run("gate", "--dataset", dataset.toString(), "--extractor-jar", jar.toString(),
                "--min-f1", "0", "--junit", xml.toString(), "--markdown", md.toString());
        assertEquals(3, run.exit(), run.transcript()); // every document failed: an extractor failure

        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()); // well-formed
        assertEquals(0, doc.getElementsByTagName("injected").getLength());
        // The run's error (every document failed) is the gate's erroring test case, with the extractor's text.
        var failure = (org.w3c.dom.Element) doc.getElementsByTagName("error").item(0);
        assertTrue(failure.getAttribute("message").contains("\\u001B[31mred]]><injected/>\\u0000"), failure.getAttribute("message"));

        String summary = Files.readString(md);
        // The only gate row is the real one; the extractor's name cannot start a line of its own.
        assertEquals(1, summary.lines().filter(l -> l.startsWith("| min ")).count(), summary);
        assertEquals(0, summary.lines().filter(l -> l.startsWith("- ") || l.startsWith("| min micro.f1 |") && l.contains("injected")).count(), summary);
        assertFalse(summary.contains("\u001b"), summary);
        assertFalse(summary.contains("<injected/>"), summary);
    }
}
