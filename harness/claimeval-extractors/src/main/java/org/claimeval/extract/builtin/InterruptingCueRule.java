package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * "Most of the units, the group estimated, were assembled from reservists": subject and cue interrupt the content
 * between two commas, and the content's span runs across them (guideline section 7).
 */
final class InterruptingCueRule implements CueRule {
    /** Prepositions that open an adverbial, never a subject ("Within two weeks,", "By Friday,"). */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("within", "by", "in", "on", "at",
            "after", "before", "during", "since", "until", "over", "for", "from", "throughout", "despite");

    /** Words a time adverbial after the cue may have before its closing comma ("estimated on Friday,"). */
    private static final int MAX_ADVERBIAL_WORDS = 3;

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        if (site.hit().entry().shape() != Shape.VERB || site.hit().entry().isParticiple()) {
            return Outcome.NOT_MINE;
        }
        TextNav nav = ctx.nav();
        CueSpeaker.Speaker speaker = site.speaker(ctx);
        int subjectStart = speaker.startOr(site.hit().start());
        if (speaker.subject() == null || speaker.subject().isEmpty() || nav.charBefore(subjectStart) != ',') {
            return Outcome.NOT_MINE;
        }
        int closing = nav.indexWithin(',', site.hit().end(), site.contentEnd());
        if (closing < 0 || !nav.fewWordsWithoutThat(site.hit().end(), closing, MAX_ADVERBIAL_WORDS)) {
            return Outcome.NOT_MINE;
        }
        String resumes = nav.wordAfter(closing + 1);
        boolean predicateFollows = !resumes.isEmpty() && !NounPhrases.SUBJECT_STOPS.contains(resumes)
                && CueLexicon.get().lookup(resumes) == null
                && !nav.fewWordsWithoutThat(closing + 1, site.contentEnd(), 1);
        TextRange before = ContentTrimmer.trim(ctx.text(), site.sentence().start(), nav.commaBefore(subjectStart));
        if (!predicateFollows || before.isEmpty() || resumes.endsWith("ing") || ADVERBIAL_OPENERS.contains(resumes)
                || nav.hasAuxiliary(before.start(), before.end())) {
            // "The talks had collapsed, an official said, speaking on condition of anonymity": a whole clause
            // before the source, or a participle or the author's adverbial ("in what would be ...") after it:
            // the cue trails its content.
            return Outcome.NOT_MINE;
        }
        // "Within two weeks, Kyiv said, its forces held X": an adverbial alone before the source is fronted
        // material (guideline H41); the span starts at the clause after the cue.
        String lower = ctx.text().substring(before.start(), before.end()).toLowerCase(Locale.ROOT);
        int from = ADVERBIAL_OPENERS.contains(lower.substring(0, Math.max(0, lower.indexOf(' ')))) ? closing + 1
                : before.start();
        TextRange content = ContentTrimmer.trim(ctx.text(), from, site.contentEnd());
        return Outcome.claim(Found.explicit(content, site.cue(), speaker.source()));
    }
}
