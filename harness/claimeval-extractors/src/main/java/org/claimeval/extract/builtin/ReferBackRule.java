package org.claimeval.extract.builtin;

import java.util.Locale;

/** "This was reported by X": the content is the previous sentence, the source the agent after "by". */
final class ReferBackRule implements CueRule {
    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        TextNav nav = ctx.nav();
        if (!"by".equals(nav.wordAfter(site.hit().end())) || site.previousSentence() == null) {
            return Outcome.NOT_MINE;
        }
        String first = nav.firstWord(site.sentence()).toLowerCase(Locale.ROOT);
        if (!(first.equals("this") || first.equals("that") || first.equals("it"))) {
            return Outcome.NO_CLAIM; // "was reported by X" about its own subject: a passive the scan let through
        }
        TextRange agent = ctx.phrases().nounPhraseAfter(nav.skipWord(site.hit().end()));
        ClaimantResolver.Resolved src = ctx.resolve(agent);
        TextRange previous = site.previousSentence();
        TextRange content = ContentTrimmer.trim(ctx.text(), previous.start(), previous.end());
        return Outcome.claim(Found.explicit(content, site.cue(), src));
    }
}
