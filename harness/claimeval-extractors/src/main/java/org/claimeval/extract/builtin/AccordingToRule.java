package org.claimeval.extract.builtin;

import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/** "according to X" / "as per X" at the clause start, at the end, or interrupting the clause. */
final class AccordingToRule implements CueRule {
    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        if (site.hit().entry().shape() != Shape.SOURCE_AFTER) {
            return Outcome.NOT_MINE;
        }
        Hit h = site.hit();
        TextRange s = site.sentence();
        TextNav nav = ctx.nav();
        String text = ctx.text();
        int sourceStart = nav.skipSpaces(h.end());
        int comma = nav.indexWithin(',', sourceStart, s.end());
        int sourceEnd = comma < 0 ? s.end() : comma;
        TextRange source = nav.stripPunctuation(new TextRange(sourceStart, sourceEnd));
        ClaimantResolver.Resolved src = ctx.resolve(ctx.phrases().headOf(agentOf(text, source, ctx)));
        TextRange before = ContentTrimmer.trim(text, s.start(), h.start());
        TextRange content;
        if (before.isEmpty()) {
            content = ContentTrimmer.trim(text, sourceEnd, s.end());
        } else if (sourceEnd >= s.end() || startsRelative(nav, sourceEnd + 1)) {
            content = before;
        } else {
            content = ContentTrimmer.trim(text, s.start(), s.end());
        }
        return Outcome.claim(content.isEmpty() ? null : Found.explicit(content, site.cue(), src));
    }

    /**
     * "according to an estimate published on Sunday by the institute": the agent after "by" is the source when it
     * names one (the estimate is its words); otherwise the whole phrase.
     */
    private static TextRange agentOf(String text, TextRange source, RuleContext ctx) {
        // The last " by " starting in [start, end] of the source, searched there only (not back through the
        // whole text when the source has none).
        int by = ctx.nav().lastIndexWithin(" by ", source.start(), Math.min(text.length(), source.end() + 4));
        if (by < source.start() || SEEN.contains(ctx.nav().wordBefore(by))) {
            return source; // "a draft seen by the paper": the paper saw it, the evidence is no one's claim (H38)
        }
        TextRange agent = new TextRange(by + 4, source.end());
        return ctx.resolver().names(text.substring(agent.start(), agent.end())) ? agent : source;
    }

    private static final java.util.Set<String> SEEN = java.util.Set.of("seen", "obtained", "reviewed");

    private static boolean startsRelative(TextNav nav, int index) {
        String w = nav.wordAfter(index);
        return w.equals("which") || w.equals("who") || w.equals("whose");
    }
}
