package org.claimeval.extract.builtin;

import java.util.Set;

/**
 * "a buildup that the agency had reported for weeks": a cue in a relative clause whose object is the antecedent
 * noun (guideline H28). The clause is the author's comment on what the noun names; the cue makes no claim, and
 * nothing after it (a time phrase) is content.
 */
final class RelativeObjectRule implements CueRule {
    private static final Set<String> RELATIVE = Set.of("that", "which");
    /** Words that open what follows a cue with no object of its own: a time or place phrase, or nothing. */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("for", "since", "on", "in", "at", "last", "earlier",
            "previously", "before", "after", "during", "over", "from", "until", "as", "by", "");

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        int relative = site.verbSubjectStart(ctx);
        TextNav nav = ctx.nav();
        if (relative < 0 || !RELATIVE.contains(nav.wordBefore(relative))) {
            return Outcome.NOT_MINE;
        }
        int relativeStart = nav.wordStartBefore(relative);
        String antecedent = nav.wordBefore(relativeStart);
        boolean afterNoun = !antecedent.isEmpty() && CueLexicon.get().lookup(antecedent) == null
                && nav.charBefore(relativeStart) != ',';
        String next = nav.wordAfter(site.hit().end());
        boolean noObject = ADVERBIAL_OPENERS.contains(next) && nav.thatWithin(site.hit().end(), site.contentEnd(), 8) < 0;
        return afterNoun && noObject ? Outcome.NO_CLAIM : Outcome.NOT_MINE;
    }
}
