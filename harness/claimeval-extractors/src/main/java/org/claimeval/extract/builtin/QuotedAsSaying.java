package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;
import org.claimeval.extract.builtin.CueLexicon.Hit;

/**
 * "Z quoted X as saying" and "X was quoted by Z as saying", and the same with "cited" (guideline 8, H24): X
 * speaks, Z relays, so the claim is
 * X's and Z goes to {@code via}; the cue is "saying".
 */
final class QuotedAsSaying {
    /** The speaker a report quoted and the channels that relayed the words, outermost first. */
    record Relayed(ClaimantResolver.Resolved speaker, List<String> via) {
    }

    /** The verbs of a report that relays someone's words: "quoted X as saying", "cited X as saying". */
    private static final List<String> RELAY_VERBS = List.of("quoted ", "quotes ", "cited ", "cites ");

    private QuotedAsSaying() {
    }

    /** The construction ending at the cue ("as saying") within {@code sentence}, or null when it is not there. */
    static Relayed find(Hit cue, TextRange sentence, RuleContext ctx) {
        TextNav nav = ctx.nav();
        if (!"as".equals(nav.wordBefore(cue.start()))) {
            return null;
        }
        String text = ctx.text();
        int asStart = nav.wordStartBefore(cue.start());
        String before = text.substring(sentence.start(), asStart).toLowerCase(Locale.ROOT);
        int quoted = -1;
        String verb = null;
        for (String relay : RELAY_VERBS) {
            int at = before.lastIndexOf(relay);
            if (at > quoted && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                quoted = at;
                verb = relay;
            }
        }
        if (quoted < 0) {
            return null;
        }
        int quotedStart = sentence.start() + quoted;
        int afterQuoted = quotedStart + verb.length();
        int phraseEnd = nav.skipSpacesBack(asStart);
        if (before.startsWith("by ", quoted + verb.length())) {
            // Passive: the speaker is the subject before "was quoted", the channel follows "by".
            ClaimantResolver.Resolved channel = ctx.resolve(SentenceSplitter.trim(text, afterQuoted + 3, phraseEnd));
            ClaimantResolver.Resolved speaker = passiveSubject(quotedStart, sentence, ctx);
            return speaker == null ? null : new Relayed(speaker, channel == null ? List.of() : List.of(channel.claimant()));
        }
        // Active: the channel is the subject of "quoted", the speaker its object.
        ClaimantResolver.Resolved channel = ctx.resolve(ctx.phrases().subjectBefore(quotedStart, sentence.start()));
        ClaimantResolver.Resolved speaker = ctx.resolve(SentenceSplitter.trim(text, afterQuoted, phraseEnd));
        if (speaker == null) {
            return null;
        }
        return new Relayed(speaker, channel == null || channel.claimant().equals(speaker.claimant()) ? List.of()
                : List.of(channel.claimant()));
    }

    /**
     * The subject of "was quoted": the phrase right before it when that names a registry entry, else the phrase
     * opening the sentence ("A commander identified by his call sign was quoted ...": a participle phrase
     * between them).
     */
    private static ClaimantResolver.Resolved passiveSubject(int quotedStart, TextRange sentence, RuleContext ctx) {
        TextRange near = ctx.phrases().subjectBefore(quotedStart, sentence.start());
        TextRange opening = ctx.phrases().sentenceSubject(sentence);
        boolean nearNamesEntry = !near.isEmpty()
                && ctx.resolver().lookup(ctx.text().substring(near.start(), near.end())).isPresent();
        return ctx.resolve(nearNamesEntry || opening.isEmpty() ? near : opening);
    }
}
