package org.claimeval.extract.builtin;

/** "X, Y said on Friday.": subject and cue close the sentence; the content is the clause before the subject. */
final class TrailingCueRule implements CueRule {
    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        if (site.hit().entry().isParticiple()) {
            return Outcome.NOT_MINE; // "Roe, dismissing the report as rumour, said": its content follows it
        }
        TextNav nav = ctx.nav();
        CueSpeaker.Speaker speaker = site.speaker(ctx);
        int subjectStart = speaker.startOr(site.hit().start());
        // "X, prosecutors told a jury on Monday as the trial opened": the listener and the occasion are no content.
        int tailStart = ListenerObject.skip(ctx, site.hit(), site.hit().end(), site.contentEnd());
        if (nav.charBefore(subjectStart) != ',' || !(nav.shortTail(tailStart, site.contentEnd())
                || participleTail(nav, tailStart, site.contentEnd()) || timeClauseTail(nav, tailStart, site.contentEnd()))) {
            return Outcome.NOT_MINE;
        }
        int contentEnd = appositiveBefore(ctx, site.sentence().start(), nav.commaBefore(subjectStart),
                speaker.subject() == null ? new TextRange(subjectStart, subjectStart) : speaker.subject());
        TextRange content = ContentTrimmer.trim(ctx.text(), site.sentence().start(), contentEnd);
        return Outcome.claim(content.isEmpty() ? null : Found.explicit(content, site.cue(), speaker.source()));
    }

    /**
     * ", speaking on condition of anonymity", ", declining to give details": a participle phrase of the source
     * after its cue (a participle that is a cue of its own, ", adding that", ends the content before it), or the
     * author's prepositional comment (", in what would be its largest gain").
     */
    private static boolean participleTail(TextNav nav, int from, int end) {
        int comma = nav.indexWithin(',', from, end);
        if (comma < 0 || !nav.shortTail(from, comma)) {
            return false; // "said on Monday, declining ...": only a time phrase before the participle
        }
        String word = nav.wordAfter(comma + 1);
        return word.length() > 4 && word.endsWith("ing") || COMMENT_OPENERS.contains(word);
    }

    /** Conjunctions of a time clause after a trailing cue ("told a jury on Monday as the trial opened"). */
    private static final java.util.Set<String> TIME_CONJUNCTIONS = java.util.Set.of("as", "when", "while", "after",
            "before");

    /** A short time phrase, then a time clause: the occasion of the cue, not its content. */
    private static boolean timeClauseTail(TextNav nav, int from, int end) {
        int i = nav.skipSpaces(from);
        for (int words = 0; words < 4 && i < end; words++) {
            String word = nav.wordAfter(i);
            if (word.isEmpty()) {
                return false;
            }
            if (TIME_CONJUNCTIONS.contains(word)) {
                return nav.shortTail(from, i) && !nav.fewWordsWithoutThat(i, end, 1);
            }
            i = nav.skipSpaces(nav.skipWord(i));
        }
        return false;
    }

    /** Prepositions that open the author's comment after a trailing cue (", in what would be its largest gain"). */
    private static final java.util.Set<String> COMMENT_OPENERS = java.util.Set.of("in", "amid", "as", "after",
            "during", "with", "without", "despite");

    /** Most words of a role description before the name ("the head of the regional military administration"). */
    private static final int MAX_DESCRIPTION_WORDS = 10;

    /**
     * "X, the head of the administration, Anna Berg, said": a name and its description between commas are one
     * source, so the content ends before both. Only a pair of a capitalised name and a description opened by a
     * determiner counts ("the town, the bridge, the ministry said" keeps its list).
     */
    private static int appositiveBefore(RuleContext ctx, int sentenceStart, int comma, TextRange subject) {
        TextNav nav = ctx.nav();
        String text = ctx.text();
        int previous = -1;
        for (int i = comma - 1; i > sentenceStart; i--) {
            if (text.charAt(i) == ',') {
                previous = i;
                break;
            }
        }
        if (previous < 0 || subject.isEmpty()) {
            return comma;
        }
        TextRange segment = SentenceSplitter.trim(text, previous + 1, comma);
        if (segment.isEmpty() || nav.hasAuxiliary(segment.start(), segment.end())
                || !nav.fewWordsWithoutThat(segment.start(), segment.end(), MAX_DESCRIPTION_WORDS)
                || text.substring(segment.start(), segment.end()).contains(" and ")) {
            return comma;
        }
        boolean segmentName = AppositiveSubject.isName(text, segment);
        boolean subjectName = AppositiveSubject.isName(text, subject);
        boolean segmentDescription = NounPhrases.DETERMINERS.contains(nav.wordAfter(segment.start()));
        boolean subjectDescription = NounPhrases.DETERMINERS.contains(nav.wordAfter(subject.start()));
        return (segmentName && subjectDescription) || (segmentDescription && subjectName) ? previous : comma;
    }
}
