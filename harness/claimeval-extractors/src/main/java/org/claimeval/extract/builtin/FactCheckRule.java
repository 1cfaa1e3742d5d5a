package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * Fact-check shapes (guideline H45): the line "Claim: X" states what the article checks, a claim of the source
 * that spread X (the speaker the article names before it, else the first one after), cue the label word, no
 * mention; a rating line ("Verdict: False", "Rating: Misleading") is the author's evaluation and never a claim.
 */
final class FactCheckRule {
    private static final Set<String> CLAIM_LABELS = Set.of("claim", "the claim");
    private static final Set<String> RATING_LABELS = Set.of("verdict", "rating", "our verdict", "our rating",
            "the verdict", "fact check", "fact-check");
    /** Longest label before its colon ("our verdict"). */
    private static final int MAX_LABEL = 12;

    private FactCheckRule() {
    }

    /** "Verdict: False.": a rating line. */
    static boolean isRating(String text, TextRange line) {
        int colon = labelColon(text, line);
        return colon > 0 && RATING_LABELS.contains(label(text, line, colon));
    }

    /** The claim of a "Claim: X" paragraph, its source left for the caller when no speaker came before; or null. */
    static Found find(TextRange paragraph, RuleContext ctx) {
        String text = ctx.text();
        int colon = labelColon(text, paragraph);
        if (colon < 0 || !CLAIM_LABELS.contains(label(text, paragraph, colon))) {
            return null;
        }
        TextRange content = ContentTrimmer.trim(text, colon + 1, paragraph.end());
        if (content.isEmpty()) {
            return null;
        }
        int cueStart = colon - "claim".length();
        ClaimantResolver.Resolved last = ctx.resolver().lastSpeaker();
        return Found.explicit(content, new TextRange(cueStart, colon), last == null ? null : last.unmentioned());
    }

    private static int labelColon(String text, TextRange line) {
        int limit = Math.min(line.end(), line.start() + MAX_LABEL + 1);
        for (int i = line.start(); i < limit; i++) {
            if (text.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }

    private static String label(String text, TextRange line, int colon) {
        return text.substring(line.start(), colon).strip().toLowerCase(Locale.ROOT);
    }
}
