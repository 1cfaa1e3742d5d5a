package org.claimeval.extract.builtin;

import java.util.Set;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * "No other source has confirmed the figure", "Nobody has said that X": a cue whose subject denies that anyone
 * spoke makes no claim, and names no source (section 3: a statement of what was not confirmed is the author's).
 */
final class NegativeSubjectRule implements CueRule {
    private static final Set<String> NOBODY = Set.of("no", "nobody", "none");

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        if (site.hit().entry().shape() != Shape.VERB || site.hit().entry().isParticiple()) {
            return Outcome.NOT_MINE;
        }
        TextRange subject = ctx.phrases().subjectBefore(site.hit().start(), site.sentence().start());
        if (subject.isEmpty()) {
            return Outcome.NOT_MINE;
        }
        // Any word of the subject: "a figure no other source has confirmed" gives the subject with its antecedent.
        String text = ctx.text();
        for (int i = subject.start(); i < subject.end(); ) {
            int e = CueLexicon.wordEnd(text, i, subject.end());
            if (e == i) {
                i++;
                continue;
            }
            if (NOBODY.contains(ctx.nav().lowerWord(i, e))) {
                return Outcome.NO_CLAIM;
            }
            i = e;
        }
        return Outcome.NOT_MINE;
    }
}
