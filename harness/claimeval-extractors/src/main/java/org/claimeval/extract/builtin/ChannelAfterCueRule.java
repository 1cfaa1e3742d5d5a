package org.claimeval.extract.builtin;

import org.claimeval.extract.builtin.CueLexicon.Shape;

/** "reported ..., citing a video": a channel or evidence of the claim before it, not a claim of its own. */
final class ChannelAfterCueRule implements CueRule {
    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        return site.hit().entry().shape() == Shape.CHANNEL && site.notFirst() ? Outcome.NO_CLAIM : Outcome.NOT_MINE;
    }
}
