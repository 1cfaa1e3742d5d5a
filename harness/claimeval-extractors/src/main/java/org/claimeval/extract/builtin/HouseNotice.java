package org.claimeval.extract.builtin;

import java.util.List;

/**
 * The outlet's own framing lines (guideline H48, H37): greetings, sign-offs, publication notices and the
 * introduction of its correspondent ("Good morning and welcome to our live coverage", "That's all from us
 * tonight", "We will update this briefing", "Our correspondent X is in Y"). They assert nothing about the news.
 */
final class HouseNotice {
    /** Openings of such lines, lower case; general English of live blogs, broadcasts and briefings. */
    private static final List<String> OPENINGS = List.of("good morning", "good afternoon", "good evening",
            "welcome to", "hello and welcome", "that's it", "that’s it", "that's all", "that’s all", "that is all",
            "we will update", "we'll update", "we’ll update", "we will bring you", "follow our", "stay with us",
            "join us", "thank you for", "thanks for", "here is what we know", "here's what we know",
            "here’s what we know", "our correspondent", "our reporter", "with me now", "joining us", "you can follow");

    private HouseNotice() {
    }

    /** Whether {@code text[s.start(), s.end())} opens like a framing line of the outlet. */
    static boolean is(String text, TextRange s) {
        int start = s.start();
        while (start < s.end() && !Character.isLetter(text.charAt(start))) {
            start++; // an emoji or a bullet first
        }
        for (String opening : OPENINGS) {
            if (start + opening.length() <= s.end() && text.regionMatches(true, start, opening, 0, opening.length())) {
                return true;
            }
        }
        return false;
    }
}
