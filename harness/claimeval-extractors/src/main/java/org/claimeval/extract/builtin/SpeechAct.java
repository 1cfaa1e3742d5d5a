package org.claimeval.extract.builtin;

import java.util.List;

/**
 * Tells quoted speech that asserts nothing: a question, or an appeal or directive ("We call on everyone to
 * ...", "Let us ...", "Please ..."). The openers are the general performative and imperative forms of English,
 * for any speaker; a claim is an assertion (dataset/GUIDELINES.md section 4).
 */
final class SpeechAct {
    /** Openers of a directive, lower case, followed by a space in the text. */
    private static final List<String> DIRECTIVE_OPENERS = List.of(
            "i urge", "we urge", "i call on", "we call on", "i call upon", "we call upon", "i appeal",
            "we appeal", "i ask", "we ask", "i beg", "we beg", "i implore", "we implore", "i demand", "we demand",
            "i invite", "we invite", "let us", "let's", "let’s", "please", "do not", "don't", "don’t");

    private SpeechAct() {
    }

    /** Whether the quoted text in {@code inner} (between the marks) is a question or a directive. */
    static boolean isDirectiveOrQuestion(String text, TextRange inner) {
        TextRange t = SentenceSplitter.trim(text, inner.start(), inner.end());
        if (t.isEmpty()) {
            return false;
        }
        int last = t.end() - 1;
        while (last > t.start() && ContentTrimmer.isQuoteMark(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) == '?') {
            return true;
        }
        int start = t.start();
        while (start < t.end() && !Character.isLetter(text.charAt(start))) {
            start++; // an opening ellipsis or dash
        }
        for (String opener : DIRECTIVE_OPENERS) {
            int end = start + opener.length();
            if (end < t.end() && text.regionMatches(true, start, opener, 0, opener.length())
                    && text.charAt(end) == ' ') {
                return true;
            }
        }
        return false;
    }
}
