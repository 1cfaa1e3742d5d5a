package org.claimeval.extract.builtin;

/**
 * "..., reported Agency X." / "..., said the regional department.": the source follows the cue and closes the
 * sentence; the content is the clause before the cue.
 */
final class PostposedSourceRule implements CueRule {
    /** Longest source phrase after the cue, in words ("the regional emergencies department on Friday"). */
    private static final int MAX_SOURCE_WORDS = 8;

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        TextNav nav = ctx.nav();
        int cueStart = site.hit().start();
        int cueEnd = site.hit().end();
        if (nav.charBefore(cueStart) != ',' || site.hit().entry().isParticiple()) {
            return Outcome.NOT_MINE;
        }
        boolean name = nav.restIsName(cueEnd, site.sentence().end());
        boolean description = NounPhrases.DETERMINERS.contains(nav.wordAfter(cueEnd))
                && !ClaimantResolver.isPronoun(nav.wordAfter(cueEnd))
                && nav.fewWordsWithoutThat(cueEnd, site.sentence().end(), MAX_SOURCE_WORDS)
                && !nav.hasAuxiliary(cueEnd, site.sentence().end());
        if (!name && !description || AppositiveSubject.before(ctx, site.sentence(), cueStart) != null) {
            return Outcome.NOT_MINE; // "Roe, the spokesman, said Russian troops ...": the source came first
        }
        ClaimantResolver.Resolved src = ctx.resolve(ctx.phrases().nounPhraseAfter(cueEnd));
        TextRange content = ContentTrimmer.trim(ctx.text(), site.sentence().start(), nav.commaBefore(cueStart));
        return Outcome.claim(Found.explicit(content, site.cue(), src));
    }
}
