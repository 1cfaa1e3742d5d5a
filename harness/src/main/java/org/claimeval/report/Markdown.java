package org.claimeval.report;

/** Escaping for text from documents and predictions placed in Markdown (which renders inline HTML). */
public final class Markdown {
    private Markdown() {
    }

    /** Makes any text inert in a Markdown table cell or paragraph: no HTML, no table breaks, no markup. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '|' -> sb.append("\\|");
                case '\n', '\r' -> sb.append(' ');
                case '\\', '`', '*', '_', '[', ']', '#' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
