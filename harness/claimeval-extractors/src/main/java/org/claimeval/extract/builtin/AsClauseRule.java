package org.claimeval.extract.builtin;

/**
 * "As the ministry said on Monday, the dam held" and "The dam held, as the ministry said": a comparative "as"
 * clause holds the source and cue; the content is the main clause on the other side of its comma.
 */
final class AsClauseRule implements CueRule {
    /** Words after "as" that open no clause with a subject. */
    private static final java.util.Set<String> NOT_SUBJECTS = java.util.Set.of("per", "to", "of", "for", "in", "well",
            "if", "though", "much", "many", "long", "soon", "far");

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        int subject = site.verbSubjectStart(ctx);
        TextNav nav = ctx.nav();
        if (subject < 0 || !"as".equals(nav.wordBefore(subject)) || !Character.isLetter(ctx.text().charAt(subject))
                || NOT_SUBJECTS.contains(nav.wordAfter(subject))) {
            return Outcome.NOT_MINE; // "as per X's estimates" is a source phrase, no clause
        }
        int as = nav.wordStartBefore(subject);
        TextRange s = site.sentence();
        String text = ctx.text();
        TextRange content;
        if (ContentTrimmer.trim(text, s.start(), as).isEmpty()) {
            int comma = nav.indexWithin(',', site.hit().end(), s.end());
            if (comma < 0) {
                return Outcome.NOT_MINE;
            }
            content = ContentTrimmer.trim(text, comma + 1, s.end()); // "As X said, Y."
        } else if (nav.charBefore(as) == ',') {
            content = ContentTrimmer.trim(text, s.start(), nav.commaBefore(as)); // "Y, as X said."
        } else {
            return Outcome.NOT_MINE;
        }
        return Outcome.claim(content.isEmpty() ? null : Found.explicit(content, site.cue(), site.speaker(ctx).source()));
    }
}
