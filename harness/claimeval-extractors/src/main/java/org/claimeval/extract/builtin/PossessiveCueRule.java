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
}
