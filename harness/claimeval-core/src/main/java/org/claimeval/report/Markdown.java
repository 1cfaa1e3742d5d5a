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

    /**
     * One line shown literally, as a fenced code block whose fence is longer than any run of backticks in the
     * text, so nothing in it (a backtick in an extractor's name, say) can close the block early.
     */
    public static String codeBlock(String line) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + line.replace('\n', ' ').replace('\r', ' ') + "\n" + fence + "\n";
    }
}
