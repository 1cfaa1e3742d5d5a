package org.claimeval.report;

/**
 * Escaping for text placed in HTML or SVG. Every string that comes from a document, a prediction, a claimant
 * registry or a file name passes through here, so none of it can open a tag, close an attribute or start an
 * entity.
 */
public final class Html {
    private Html() {
    }

    /** Safe both as element content and inside a double- or single-quoted attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                // A stray NUL would be replaced by the parser anyway; say so explicitly.
                case '\0' -> sb.append('\uFFFD');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
