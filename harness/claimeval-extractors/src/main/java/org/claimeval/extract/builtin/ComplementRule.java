package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The default: the content follows the cue ("said that X", "described X as Y"), from after "that" when it comes
 * within a few words, to where the next cue's clause begins.
 */
final class ComplementRule implements CueRule {
    /**
     * Nouns of an appositive with which the author comments on the claim before it (", a claim the commanders
     * rejected", "— an assertion the soldiers laughed off"): the appositive is not part of the content.
     */
    private static final Set<String> COMMENT_NOUNS = Set.of("claim", "claims", "assertion",
            "accusation", "allegation", "charge", "figure", "figures", "statement", "estimate", "number", "version");

    /** Participles after "without" that comment on what a source left out (", without giving a number", H50). */
    private static final Set<String> LEFT_OUT = Set.of("giving", "providing", "offering", "citing", "specifying",
            "saying", "naming", "elaborating", "explaining", "presenting", "disclosing", "revealing");

    /** Where the content ends: before an author's appositive comment, else at {@code end}. */
    static int authorsAppositive(String text, int from, int end) {
        for (int i = from; i < end - 4; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '—' || c == '–') && text.charAt(i + 1) == ' ') {
                int w = i + 2;
                int articleEnd = CueLexicon.wordEnd(text, w, end);
                String article = text.substring(w, articleEnd);
                if (article.equals("without") && articleEnd + 1 < end && LEFT_OUT.contains(text.substring(
                        articleEnd + 1, CueLexicon.wordEnd(text, articleEnd + 1, end)))) {
                    return i;
                }
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

    /**
     * Acts a source does with its words, not things it reports: "alleged that X, and urged residents to ...", "said X
     * and asked jurors to ...". After "and" they begin a second predicate of the source, which ends the content.
     */
    private static final Set<String> SOURCES_ACTS = Set.of("urged", "asked", "appealed", "demanded", "ordered",
            "instructed", "thanked", "apologised", "apologized", "declined", "refused", "pleaded", "begged",
            "invited", "encouraged", "advised", "requested", "vowed", "promised", "pledged", "called");

    /** Where the content ends: before ", and urged ..." or " and asked ...", else at {@code end}. */
    static int sourcesOwnAct(String text, int from, int end) {
        // String.indexOf rather than a bounded char loop: its vectorised search is faster over a content (measured).
        for (int at = text.indexOf(" and ", from); at >= 0 && at + 5 < end; at = text.indexOf(" and ", at + 5)) {
            int wordEnd = CueLexicon.wordEnd(text, at + 5, end);
            if (SOURCES_ACTS.contains(text.substring(at + 5, wordEnd))) {
                return at > from && text.charAt(at - 1) == ',' ? at - 1 : at;
            }
        }
        return end;
    }

    private static final Set<String> WARNINGS = Set.of("warn", "warns", "warned", "warning", "caution", "cautions",
            "cautioned");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight");

    /** "said Monday the harbour would reopen": a bare day right after the cue is when, not what. */
    private static int skipDay(RuleContext ctx, int from, int end) {
        TextNav nav = ctx.nav();
        int start = nav.skipSpaces(from);
        int wordEnd = CueLexicon.wordEnd(ctx.text(), start, end);
        return DAYS.contains(nav.wordAfter(from)) && wordEnd < end ? wordEnd : from;
    }

    /** Most words of a content that may be only the occasion of a cue ("in the weekly last month"). */
    private static final int MAX_OCCASION_WORDS = 8;

    /** A content that is one prepositional phrase with no clause: it tells where or when, asserts nothing. */
    private static boolean isOccasionOnly(RuleContext ctx, TextRange content) {
        // The content's first word and its commas, read in place: lower-casing keeps spaces and commas where they
        // are, so this is what testing the lower-cased content would say, without copying it for every cue.
        int space = ctx.nav().indexWithin(' ', content.start(), content.end());
        return space > content.start()
                && TextNav.PLACE_PREPOSITIONS.contains(ctx.nav().lowerWord(content.start(), space))
                && ctx.nav().indexWithin(',', content.start(), content.end()) < 0
                && !ctx.nav().hasAuxiliary(content.start(), content.end());
    }

    /** Most words of an object that may be a bare referent ("the Ukrainian figures"). */
    private static final int BARE_REFERENT_WORDS = 3;
    private static final Set<String> REFERENT_DETERMINERS = Set.of("the", "these", "those",
            "such", "this", "that", "its", "their", "his", "her", "any", "our");

    /**
     * Verbs whose object is often a thing rather than a clause ("denied the report", "confirmed the attack");
     * "said the river rose" has a clause with no "that" and must keep it.
     */
    private static final Set<String> REFERENT_VERBS = Set.of("deny", "denies", "denied", "denying", "dispute",
            "disputes", "disputed", "disputing", "question", "questions", "questioned", "questioning", "confirm",
            "confirms", "confirmed", "confirming", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
            "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
            "criticise", "criticised", "criticize", "criticized", "condemn", "condemned", "condemns");

    private static boolean takesReferent(RuleContext ctx, CueSite site) {
        return REFERENT_VERBS.contains(ctx.nav().lowerWord(site.hit().start(), site.hit().end()));
    }

    /** A short object opened by a determiner, with no figure, quotation or frame word: it names, it asserts nothing. */
    private static boolean isBareReferent(RuleContext ctx, TextRange content) {
        String text = ctx.text().substring(content.start(), content.end());
        String lower = text.toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        if (space < 0 || !REFERENT_DETERMINERS.contains(lower.substring(0, space))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || ContentTrimmer.isQuoteMark(c) && !(c == '\'' || c == '’')) {
                return false;
            }
        }
        return !lower.contains(" as ") && !lower.contains(" of ") && !lower.contains(" at ");
    }

    @Override
    public Outcome apply(CueSite site, RuleContext ctx) {
        int from = site.hit().end();
        int that = ctx.nav().thatWithin(from, site.contentEnd(), 8);
        if (that >= 0) {
            from = that;
        } else {
            from = ListenerObject.skip(ctx, site.hit(), from, site.contentEnd());
            from = skipDay(ctx, from, site.contentEnd());
            if (WARNINGS.contains(ctx.nav().lowerWord(site.hit().start(), site.hit().end()))
                    && "of".equals(ctx.nav().wordAfter(from))) {
                from = ctx.nav().skipWord(from); // "warned of more floods": the danger is the content
            }
        }
        int end = sourcesOwnAct(ctx.text(), from, authorsAppositive(ctx.text(), from, site.contentEnd()));
        TextRange content = ContentTrimmer.trim(ctx.text(), from, end);
        int words = QuotationFinder.wordsUpTo(ctx.text(), new Quotation(content.start() - 1, content.end()),
                Math.max(MAX_OCCASION_WORDS, BARE_REFERENT_WORDS)); // compared with both and with 2
        if (words < 2) {
            return Outcome.NO_CLAIM; // a cue with nothing after it
        }
        if (that < 0 && words <= MAX_OCCASION_WORDS && isOccasionOnly(ctx, content)) {
            return Outcome.NO_CLAIM; // "writing on Telegram,", "said at a briefing.": where, not what
        }
        if (that < 0 && words <= BARE_REFERENT_WORDS && takesReferent(ctx, site) && isBareReferent(ctx, content)) {
            return Outcome.NO_CLAIM; // "denied the report", "disputed these figures": a referent, no proposition (rule 5)
        }
        Found found = Found.explicit(content, site.cue(), site.speaker(ctx).source());
        List<String> told = ListenerObject.channel(ctx, site.hit(), site.contentEnd());
        return Outcome.claim(told.isEmpty() ? found : found.withVia(told));
    }
}
