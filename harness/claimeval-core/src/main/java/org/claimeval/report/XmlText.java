package org.claimeval.report;

/**
 * Text from outside claimeval (an extractor's failure message, a document id, a file name) made safe for XML
 * 1.0. An XML writer escapes {@code < & > "} but passes through characters XML forbids outright (the ESC of a
 * coloured log line, NUL, a lone surrogate), which make the whole file unreadable to a CI server. Those are
 * shown as visible {@code \\uXXXX} instead, so the file stays well-formed and the reader still sees them.
 */
public final class XmlText {
    private XmlText() {
    }

    /** Every character XML 1.0 forbids replaced by {@code \\uXXXX}; tab, newline and carriage return kept. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (allowed && sb == null) {
                if (pair) {
                    i++;
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (pair) {
                sb.append(c).append(value.charAt(++i));
            } else if (allowed) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb == null ? value : sb.toString();
    }

    /**
     * A CDATA section holding the text literally. {@code ]]>} inside is split across two sections, so content
     * can never end the section early and inject markup.
     */
    public static String cdata(String value) {
        return "<![CDATA[" + text(value).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
}
