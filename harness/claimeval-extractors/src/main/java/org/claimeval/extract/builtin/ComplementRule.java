package org.claimeval.extract.builtin;

/**
 * The default: the content follows the cue ("said that X", "described X as Y"), from after "that" when it comes
 * within a few words, to where the next cue's clause begins.
 */
final class ComplementRule implements CueRule {
    /**
     * Nouns of an appositive with which the author comments on the claim before it (", a claim the commanders
     * rejected", "— an assertion the soldiers laughed off"): the appositive is not part of the content.
     */
    private static final java.util.Set<String> COMMENT_NOUNS = java.util.Set.of("claim", "claims", "assertion",
            "accusation", "allegation", "charge", "figure", "figures", "statement", "estimate", "number", "version");

    /** Where the content ends: before an author's appositive comment, else at {@code end}. */
    static int authorsAppositive(String text, int from, int end) {
        for (int i = from; i < end - 4; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '—' || c == '–') && text.charAt(i + 1) == ' ') {
                int w = i + 2;
                int articleEnd = CueLexicon.wordEnd(text, w, end);
                String article = text.substring(w, articleEnd);
                if (article.equals("a") || article.equals("an")) {
                    int nounStart = articleEnd + 1;
                    int nounEnd = CueLexicon.wordEnd(text, Math.min(nounStart, end), end);
                    if (nounEnd > nounStart && COMMENT_NOUNS.contains(text.substring(nounStart, nounEnd))) {
                        return i;
                    }
                }
            }
        }
        return end;
    }

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        int from = site.hit().end();
        int that = ctx.nav().thatWithin(from, site.contentEnd(), 8);
        if (that >= 0) {
            from = that;
        }
        TextRange content = ContentTrimmer.trim(ctx.text(), from, authorsAppositive(ctx.text(), from, site.contentEnd()));
        if (QuotationFinder.words(ctx.text(), new Quotation(content.start() - 1, content.end())) < 2) {
            return Outcome.NO_CLAIM; // a cue with nothing after it ("condemned the assault" is still kept)
        }
        return Outcome.claim(Found.explicit(content, site.cue(), site.speaker(ctx).source()));
    }
}
