package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Set;
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

    /** Words that join a second verb to the subject of the first ("and warned", "but denied", "while noting"). */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "yet", "or");

    private CueSpeaker() {
    }

    /**
     * "A group that tracks obituaries and social media posts said": the words right before the verb end a relative
     * clause of the subject; the subject is the phrase opening the sentence when that names a source and a
     * relative pronoun follows it.
     */
    private static TextRange subjectOverRelativeClause(TextRange near, TextRange sentence, int cueStart,
            RuleContext ctx) {
        if (!mayHoldRelativePronoun(ctx.text(), sentence.start(), cueStart)) {
            return near; // most sentences: their opening phrase is not read at all
        }
        TextRange opening = beforeRelative(ctx, ctx.phrases().sentenceSubject(sentence));
        if (opening.isEmpty() || opening.end() >= near.start()
                || !RELATIVE_PRONOUNS.contains(ctx.nav().wordAfter(opening.end()))) {
            return near;
        }
        String text = ctx.text();
        ClaimantResolver resolver = ctx.resolver();
        boolean nearNames = !near.isEmpty() && resolver.names(text.substring(near.start(), near.end()));
        return nearNames || !resolver.names(text.substring(opening.start(), opening.end())) ? near : opening;
    }

    /**
     * Whether a "that", "who" or "which" in any case may start in [from, cueStart]: the relative pronoun after the
     * opening phrase starts there (after the phrase, at the latest where the cue starts). A word whose lower case is
     * one of them is made of ASCII letters (no other char lower-cases to one), so a text without such letters there
     * has none; {@code regionMatches} ignoring case finds them all, and perhaps more.
     */
    static boolean mayHoldRelativePronoun(String text, int from, int cueStart) {
        for (int i = from; i <= cueStart && i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 't' || c == 'T') && text.regionMatches(true, i, "that", 0, 4)
                    || (c == 'w' || c == 'W') && (text.regionMatches(true, i, "who", 0, 3)
                    || text.regionMatches(true, i, "which", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., but two members of his party who spoke to the paper said X": the words before the verb end a relative
     * clause; the speaker is the noun phrase before "who" when the clause's words name nobody.
     */
    private static TextRange antecedentOfRelative(TextRange near, TextRange sentence, RuleContext ctx) {
        TextNav nav = ctx.nav();
        if (near.isEmpty() || !"who".equals(nav.wordBefore(near.start()))
                || !Character.isLowerCase(ctx.text().charAt(near.start()))
                || NounPhrases.DETERMINERS.contains(nav.wordAfter(near.start()))) {
            return near; // "who the ministry said ...": the words after "who" have a subject of their own
        }
        TextRange antecedent = ctx.phrases().nounPhraseBefore(nav.wordStartBefore(near.start()), sentence.start());
        return antecedent.isEmpty() ? near : antecedent;
    }

    /**
     * The subject of a cue read only for who spoke (no claim): "X, the spokesman for Y, said" gives X and remembers
     * the description, like {@link #of}; otherwise the subject right before the cue.
     */
    static ClaimantResolver.Resolved speakerOnly(RuleContext ctx, TextRange sentence, int cueStart) {
        AppositiveSubject.Subject appositive = AppositiveSubject.before(ctx, sentence, cueStart);
        if (appositive == null) {
            return ctx.resolve(ctx.phrases().subjectBefore(cueStart, sentence.start()));
        }
        ClaimantResolver.Resolved src = ctx.resolve(appositive.mention());
        if (src != null) {
            TextRange d = appositive.description();
            ctx.resolver().describe(src, ctx.text().substring(d.start(), d.end()));
        }
        return src;
    }

    /** "Two dock workers who attended": the opening phrase up to its relative pronoun. */
    private static TextRange beforeRelative(RuleContext ctx, TextRange opening) {
        for (String relative : RELATIVES_IN_PHRASE) {
            // The first occurrence only, as in a copy of the phrase: one at its very start cuts nothing.
            int at = ctx.nav().firstIndexWithin(relative, opening.start(), opening.end());
            if (at > opening.start()) {
                return new TextRange(opening.start(), at);
            }
        }
        return opening;
    }

    private static final List<String> RELATIVES_IN_PHRASE = List.of(" who ", " which ", " that ");

    /**
     * "The ministry does not comment on estimates, but on Friday it said": a pronoun subject may stand for a source
     * its own sentence named before it, even with no cue of its own. That source is remembered as the nearest
     * candidate; the resolver still takes it only when it fits the pronoun (person, number).
     */
    static void offerSentenceSubject(TextRange subject, TextRange sentence, RuleContext ctx) {
        String text = ctx.text();
        if (subject.isEmpty() || !ClaimantResolver.isPronoun(ctx.nav().wordBefore(subject.end()))) {
            return;
        }
        TextRange opening = ctx.phrases().sentenceSubject(sentence);
        if (!opening.isEmpty() && opening.end() < subject.start()
                && ctx.resolver().names(text.substring(opening.start(), opening.end()))) {
            ctx.resolve(opening);
        }
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "who", "which");

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
        AppositiveSubject.Subject appositive = AppositiveSubject.before(ctx, s, h.start());
        // "Roe, the spokesman for X, said Y": the subject before the appositive, not the appositive's words.
        TextRange subject = appositive != null ? appositive.mention() : ctx.phrases().subjectBefore(h.start(), s.start());
        QuotedAsSaying.Relayed relayed = QuotedAsSaying.find(h, s, ctx);
        if (relayed != null) {
            return new Speaker(subject, relayed.speaker(), relayed.via());
        }
        if (subject.isEmpty() && site.previousSource() != null
                && COORDINATORS.contains(ctx.nav().wordBefore(h.start()))) {
            // "X told reporters that A and dismissed B": the second verb shares the first one's subject.
            return new Speaker(subject, site.previousSource(), List.of());
        }
        if (!site.notFirst()) {
            subject = subjectOverRelativeClause(subject, s, h.start(), ctx);
            offerSentenceSubject(subject, s, ctx);
        }
        subject = antecedentOfRelative(subject, s, ctx);
        ClaimantResolver.Resolved src = ctx.resolve(subject);
        if (src != null && appositive != null) {
            // "the spokesman" later in the article is Roe, whatever other entry has that role.
            TextRange d = appositive.description();
            ctx.resolver().describe(src, ctx.text().substring(d.start(), d.end()));
        }
        if (src == null) {
            src = ctx.resolve(ctx.phrases().sentenceSubject(s));
        }
        return new Speaker(subject, src, List.of());
    }
}
