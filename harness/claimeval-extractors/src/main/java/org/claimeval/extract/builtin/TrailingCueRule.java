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
        if (nav.charBefore(subjectStart) != ',' || !nav.shortTail(site.hit().end(), site.contentEnd())) {
            return Outcome.NOT_MINE;
        }
        TextRange content = ContentTrimmer.trim(ctx.text(), site.sentence().start(), nav.commaBefore(subjectStart));
        return Outcome.claim(content.isEmpty() ? null : Found.explicit(content, site.cue(), speaker.source()));
    }
}
