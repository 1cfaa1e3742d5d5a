package org.claimeval.extract.builtin;

import java.util.List;
import org.claimeval.extract.builtin.CueLexicon.Hit;

/** Who speaks through a cue: the subject before it, the person a report quoted, or the previous speaker. */
final class CueSpeaker {
    /** The subject range before the cue (null for a participle continuing a clause) and the resolved source. */
    record Speaker(TextRange subject, ClaimantResolver.Resolved source, List<String> via) {
        /** Where the subject starts, or the cue itself when there is none. */
        int startOr(int cueStart) {
            return subject != null && !subject.isEmpty() ? subject.start() : cueStart;
        }
    }

    private CueSpeaker() {
    }

    static Speaker of(CueSite site, RuleContext ctx) {
        Hit h = site.hit();
        TextRange s = site.sentence();
        char before = ctx.nav().charBefore(h.start());
        if (h.entry().isParticiple() && (before == ',' || ContentTrimmer.isQuoteMark(before))) {
            // ", adding that ...": the participle shares the subject of the clause before.
            ClaimantResolver.Resolved src = site.previousSource() != null ? site.previousSource()
                    : ctx.resolve(ctx.phrases().sentenceSubject(s));
            return new Speaker(null, src != null ? src : ctx.resolver().lastSpeaker(), List.of());
        }
        TextRange subject = ctx.phrases().subjectBefore(h.start(), s.start());
        QuotedAsSaying.Relayed relayed = QuotedAsSaying.find(h, s, ctx);
        if (relayed != null) {
            return new Speaker(subject, relayed.speaker(), relayed.via());
        }
        ClaimantResolver.Resolved src = ctx.resolve(subject);
        if (src == null) {
            src = ctx.resolve(ctx.phrases().sentenceSubject(s));
        }
        return new Speaker(subject, src, List.of());
    }
}
