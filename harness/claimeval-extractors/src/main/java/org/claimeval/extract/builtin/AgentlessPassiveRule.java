package org.claimeval.extract.builtin;

/**
 * "It was reported that X" and "X were said to have Y": a reporting passive with no agent (guideline H24). The
 * claim goes to the source whose report the text is relaying (the last speaker), with no mention; "It was
 * reported that X" has the content X, "X were said to Y" the whole clause across the cue.
 */
final class AgentlessPassiveRule implements CueRule {
    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        int cueStart = site.hit().start();
        int cueEnd = site.hit().end();
        if (!ctx.scanner().agentlessPassive(cueStart, cueEnd)) {
            return Outcome.NOT_MINE;
        }
        TextNav nav = ctx.nav();
        ClaimantResolver.Resolved last = ctx.resolver().lastSpeaker();
        ClaimantResolver.Resolved source = last == null ? null : last.unmentioned();
        TextRange content;
        if ("to".equals(nav.wordAfter(cueEnd))) {
            content = ContentTrimmer.trim(ctx.text(), site.sentence().start(), site.contentEnd());
        } else {
            int that = nav.thatWithin(cueEnd, site.contentEnd(), 8);
            content = that < 0 ? new TextRange(cueEnd, cueEnd) : ContentTrimmer.trim(ctx.text(), that, site.contentEnd());
            // "It was reported at the meeting that X": the body that held the meeting, not the last speaker.
            ClaimantResolver.Resolved host = that < 0 ? null : EventHost.of(ctx, cueEnd, that);
            source = host != null ? host : source;
        }
        return Outcome.claim(content.isEmpty() ? null : Found.explicit(content, site.cue(), source));
    }
}
