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
                case '\\', '`', '*', '_', '[', ']', '#', '~', '!' -> sb.append('\\').append(c);
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * An inline code span showing the text literally: the fence is one backtick longer than the longest run of
     * backticks inside, and padded with a space when the text starts or ends with one, so content can never
     * close the span early. Line breaks and other control characters become spaces (a span is one line).
     */
    public static String code(String text) {
        String line = oneLine(text);
        String fence = "`".repeat(longestBacktickRun(line) + 1);
        String pad = line.startsWith("`") || line.endsWith("`") || line.isEmpty() ? " " : "";
        return fence + pad + line + pad + fence;
    }

    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString();
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * One line shown literally, as a fenced code block whose fence is longer than any run of backticks in the
     * text, so nothing in it (a backtick in an extractor's name, say) can close the block early.
     */
    public static String codeBlock(String line) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(line) + 1));
        return fence + "\n" + oneLine(line) + "\n" + fence + "\n";
    }
}
