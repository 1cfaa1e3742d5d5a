package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The escaping primitives every report uses for values it did not write itself. */
class EscapingTest {

    @Test
    void xmlTextShowsForbiddenCharactersVisibly() {
        assertEquals("\\u001B[31mred\\u001B[0m", XmlText.text("\u001b[31mred\u001b[0m"));
        assertEquals("a\\u0000b\tc\nd", XmlText.text("a\u0000b\tc\nd"));
        assertEquals("lone \\uD800 surrogate, pair \uD83D\uDE00 kept", XmlText.text("lone \uD800 surrogate, pair \uD83D\uDE00 kept"));
        assertEquals("\\uFFFE", XmlText.text("\uFFFE"));
        assertEquals("", XmlText.text(null));
    }

    @Test
    void cdataCannotBeClosedByContent() throws Exception {
        String evil = "x]]><injected/>\u001b";
        String xml = "<r>" + XmlText.cdata(evil) + "</r>";
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x]]><injected/>\\u001B", doc.getDocumentElement().getTextContent());
        assertEquals(0, doc.getElementsByTagName("injected").getLength());
    }

    @Test
    void codeSpanIsNeverClosedByItsContent() {
        assertEquals("`abc`", Markdown.code("abc"));
        // longest run inside is 2 backticks, so the fence is 3; content touching the fence gets a space
        assertEquals("``` a``b ```", Markdown.code(" a``b "));
        assertEquals("`` `x ``", Markdown.code("`x"));
        assertEquals("`  `", Markdown.code("")); // an empty span is padded, never "``"
        assertEquals("`a b`", Markdown.code("a\nb"));
    }

    @Test
    void escapedTextCannotForgeALineOrMarkup() {
        String name = "base.json\n- ✅ min-f1: passed <b>![x](y)</b> ~~z~~ | cell";
        String escaped = Markdown.escape(name);
        assertFalse(escaped.contains("\n"));
        assertFalse(escaped.contains("<"));
        assertTrue(escaped.contains("\\!\\[x\\]"));
        assertTrue(escaped.contains("\\~\\~z"));
        assertTrue(escaped.contains("\\|"));
    }
}
