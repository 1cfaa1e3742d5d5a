package org.claimeval.extract.builtin;

/**
 * The default: the content follows the cue ("said that X", "described X as Y"), from after "that" when it comes
 * within a few words, to where the next cue's clause begins.
 */
final class ComplementRule implements CueRule {
    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        int from = site.hit().end();
        int that = ctx.nav().thatWithin(from, site.contentEnd(), 8);
        if (that >= 0) {
            from = that;
        }
        TextRange content = ContentTrimmer.trim(ctx.text(), from, site.contentEnd());
        if (QuotationFinder.words(ctx.text(), new Quotation(content.start() - 1, content.end())) < 2) {
            return Outcome.NO_CLAIM; // a cue with nothing after it ("condemned the assault" is still kept)
        }
        return Outcome.claim(Found.explicit(content, site.cue(), site.speaker(ctx).source()));
    }
}
