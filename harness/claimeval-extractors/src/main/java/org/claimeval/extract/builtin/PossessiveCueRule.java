package org.claimeval.extract.builtin;

import java.util.Set;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * Nominal cues with the source as possessor (guideline H25): "By the agency's estimate, Y", "In Roe's view, Y" and
 * "Y, by the agency's count": the noun is the cue, the possessor the source, the content the clause on the other
 * side of the comma.
 */
final class PossessiveCueRule implements CueRule {
    /** Prepositions that open the nominal cue's phrase. */
    private static final Set<String> OPENERS = Set.of("by", "in");
    /** Most words of the possessor ("the Nordic institute's"). */
    private static final int MAX_POSSESSOR_WORDS = 6;

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        if (site.hit().entry().shape() != Shape.POSSESSIVE) {
            return Outcome.NOT_MINE;
        }
        TextNav nav = ctx.nav();
        String text = ctx.text();
        int possessiveEnd = nav.skipSpacesBack(site.hit().start());
        if (site.hit().entry().frame() != null) {
            return thatClause(site, ctx, possessiveEnd - 2);
        }
        int opener = possessiveEnd - 2;
        for (int words = 0; words < MAX_POSSESSOR_WORDS && opener > site.sentence().start(); words++) {
            if (OPENERS.contains(nav.wordBefore(opener))) {
                break;
            }
            opener = nav.wordStartBefore(opener);
        }
        if (!OPENERS.contains(nav.wordBefore(opener))) {
            return Outcome.NO_CLAIM;
        }
        int prepositionStart = nav.wordStartBefore(opener);
        TextRange possessor = SentenceSplitter.trim(text, opener, possessiveEnd - 2);
        TextRange s = site.sentence();
        TextRange content;
        if (ContentTrimmer.trim(text, s.start(), prepositionStart).isEmpty()) {
            int comma = nav.indexWithin(',', site.hit().end(), s.end());
            content = comma < 0 ? null : ContentTrimmer.trim(text, comma + 1, s.end()); // "By X's count, Y"
        } else if (nav.charBefore(prepositionStart) == ',') {
            content = ContentTrimmer.trim(text, s.start(), nav.commaBefore(prepositionStart)); // "Y, by X's count"
        } else {
            content = null;
        }
        if (content == null || content.isEmpty() || possessor.isEmpty()) {
            return Outcome.NO_CLAIM;
        }
        return Outcome.claim(Found.explicit(content, site.cue(), ctx.resolve(possessor)));
    }

    /**
     * "the ministry's claim that X", "Kyiv's assertion that X" (H42): the noun is the cue, its possessor the source,
     * the that-clause the content, wherever the phrase stands in the sentence.
     */
    private static Outcome thatClause(CueSite site, RuleContext ctx, int possessorEnd) {
        int that = ctx.nav().thatWithin(site.hit().end(), site.contentEnd(), 1);
        TextRange possessor = possessor(ctx, site.sentence().start(), possessorEnd);
        if (that < 0 || possessor.isEmpty()) {
            return Outcome.NO_CLAIM;
        }
        TextRange content = ContentTrimmer.trim(ctx.text(), that, site.contentEnd());
        return content.isEmpty() ? Outcome.NO_CLAIM : Outcome.claim(Found.explicit(content, site.cue(), ctx.resolve(possessor)));
    }

    /**
     * The possessor before "'s": back to its determiner when one is near ("the regional governor's"), else its run
     * of capitalised words ("Kyiv's" in "rejected Kyiv's claim") and the word before the "'s" itself.
     */
    private static TextRange possessor(RuleContext ctx, int limit, int end) {
        TextNav nav = ctx.nav();
        String text = ctx.text();
        int s = nav.wordStartBefore(end); // the head: "ministry" of "the ministry's"
        int start = s;
        boolean capitals = true;
        for (int words = 1; words < MAX_POSSESSOR_WORDS; words++) {
            int previousEnd = nav.skipSpacesBack(s);
            int ws = nav.wordStartBefore(previousEnd);
            if (previousEnd == s || ws == previousEnd || ws < limit) {
                break; // punctuation or the sentence start before the phrase
            }
            if (NounPhrases.DETERMINERS.contains(text.substring(ws, previousEnd).toLowerCase(java.util.Locale.ROOT))) {
                return new TextRange(ws, end);
            }
            capitals &= Character.isUpperCase(text.charAt(ws));
            if (capitals) {
                start = ws;
            }
            s = ws;
        }
        return new TextRange(start, end);
    }
}
