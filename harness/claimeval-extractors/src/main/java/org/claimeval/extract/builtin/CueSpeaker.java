package org.claimeval.extract.builtin;

import java.util.Locale;
import org.claimeval.extract.builtin.CueLexicon.Hit;

/** Who speaks through a cue: the subject before it, the person a report quoted, or the previous speaker. */
final class CueSpeaker {
    /** The subject range before the cue (null for a participle continuing a clause) and the resolved source. */
    record Speaker(TextRange subject, ClaimantResolver.Resolved source) {
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
            return new Speaker(null, src != null ? src : ctx.resolver().lastSpeaker());
        }
        TextRange subject = ctx.phrases().subjectBefore(h.start(), s.start());
        ClaimantResolver.Resolved src = quotedAsSaying(h, s, ctx);
        if (src == null) {
            src = ctx.resolve(subject);
        }
        if (src == null) {
            src = ctx.resolve(ctx.phrases().sentenceSubject(s));
        }
        return new Speaker(subject, src);
    }

    /** "the report quoted a sergeant as saying": the sergeant speaks, the report is the channel. */
    static ClaimantResolver.Resolved quotedAsSaying(Hit h, TextRange s, RuleContext ctx) {
        TextNav nav = ctx.nav();
        if (!"as".equals(nav.wordBefore(h.start()))) {
            return null;
        }
        String text = ctx.text();
        String sentence = text.substring(s.start(), h.start()).toLowerCase(Locale.ROOT);
        int quoted = sentence.lastIndexOf("quoted ");
        if (quoted < 0) {
            return null;
        }
        int npStart = s.start() + quoted + "quoted ".length();
        int asStart = h.start() - 1;
        while (asStart > npStart && text.charAt(asStart - 1) != ' ') {
            asStart--;
        }
        return ctx.resolve(SentenceSplitter.trim(text, npStart, Math.max(npStart, asStart - 1)));
    }
}
