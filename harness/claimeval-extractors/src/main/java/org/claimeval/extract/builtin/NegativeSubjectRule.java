package org.claimeval.extract.builtin;

import java.util.Set;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * "No other source has confirmed the figure", "Nobody has said that X": a cue whose subject denies that anyone
 * spoke makes no claim, and names no source (section 3: a statement of what was not confirmed is the author's).
 */
final class NegativeSubjectRule implements CueRule {
    private static final Set<String> NOBODY = Set.of("no", "nobody", "none");

    /** Most words walked back from the cue to its subject's determiner ("a figure no other source has"). */
    private static final int MAX_WORDS = 6;

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        if (site.hit().entry().shape() != Shape.VERB || site.hit().entry().isParticiple()) {
            return Outcome.NOT_MINE;
        }
        // A few words back, within the clause: no subject look-up for the many cues that are not of this kind.
        TextNav nav = ctx.nav();
        int at = site.hit().start();
        for (int words = 0; words < MAX_WORDS && at > site.sentence().start(); words++) {
            String w = nav.wordBefore(at);
            if (w.isEmpty() || NounPhrases.SUBJECT_STOPS.contains(w)) {
                return Outcome.NOT_MINE; // punctuation or the clause's start
            }
            if (NOBODY.contains(w)) {
                return Outcome.NO_CLAIM;
            }
            at = nav.wordStartBefore(at);
        }
        return Outcome.NOT_MINE;
    }
}
