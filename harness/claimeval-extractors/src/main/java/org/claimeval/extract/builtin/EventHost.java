package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * The body whose meeting or briefing an agentless report names: "It was reported at the meeting that X", after
 * "a meeting of the regional government" earlier in the text (guideline H24). The host is read from the nearest
 * earlier "<event> of|by X" with the same event noun, and counts only when it names a registry entry.
 */
final class EventHost {
    /** Occasions at which a body reports: general English nouns. */
    private static final Set<String> EVENTS = Set.of("meeting", "briefing", "session", "conference", "hearing",
            "summit", "sitting");
    /** How far back the event's first mention is looked for, in chars: a few paragraphs of a news article. */
    private static final int REACH = 3000;

    private EventHost() {
    }

    /** The host of the event that the words {@code [from, to)} name ("at the meeting"), or null. */
    static ClaimantResolver.Resolved of(RuleContext ctx, int from, int to) {
        String event = eventNoun(ctx, from, to);
        if (event == null) {
            return null;
        }
        String text = ctx.text();
        int limit = Math.max(0, from - REACH);
        for (int at = text.lastIndexOf(event, from - 1); at >= limit; at = text.lastIndexOf(event, at - 1)) {
            int after = at + event.length();
            String preposition = ctx.nav().wordAfter(after);
            if (preposition.equals("of") || preposition.equals("by")) {
                TextRange host = ctx.phrases().headOf(ctx.phrases().nounPhraseAfter(ctx.nav().skipWord(after)));
                if (!host.isEmpty() && ctx.resolver().names(text.substring(host.start(), host.end()))) {
                    return ctx.resolve(host).unmentioned();
                }
            }
        }
        return null;
    }

    /** The first event noun among the words of {@code [from, to)}, lower case, or null. */
    private static String eventNoun(RuleContext ctx, int from, int to) {
        TextNav nav = ctx.nav();
        for (int i = nav.skipSpaces(from); i < to; i = nav.skipSpaces(nav.skipWord(i))) {
            int e = CueLexicon.wordEnd(ctx.text(), i, to);
            if (e == i) {
                return null;
            }
            String w = ctx.text().substring(i, e).toLowerCase(Locale.ROOT);
            if (EVENTS.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
