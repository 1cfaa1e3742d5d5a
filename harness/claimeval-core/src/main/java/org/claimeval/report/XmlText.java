package org.claimeval.report;

/**
 * Text that is safe inside an XML 1.0 document whatever it came from (an extractor's error message with a
 * terminal colour code, a file name): the XML writer escapes markup, this removes what XML cannot hold at all.
 */
public final class XmlText {
    /** What replaces a character XML 1.0 forbids. */
    static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /**
     * The text with every character XML 1.0 forbids replaced by U+FFFD: the C0 controls other than tab, line
     * feed and carriage return, lone surrogates, U+FFFE and U+FFFF. Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] |
     * [#xE000-#xFFFD] | [#x10000-#x10FFFF].
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean lone = Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1;
            sb.appendCodePoint(allowed(cp) && !lone ? cp : REPLACEMENT);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * A CDATA section holding the cleaned text; a {@code ]]>} inside is split across two sections, so it cannot
     * close the section early.
     */
    public static String cdata(String text) {
        return "<![CDATA[" + clean(text).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
