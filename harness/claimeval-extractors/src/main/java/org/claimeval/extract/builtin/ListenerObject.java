package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person or audience told ("told reporters the dam held", "told the Daily Courier the dam held", "told a news
 * conference ..."): the object of "tell" is the listener, not part of the content that follows it.
 */
final class ListenerObject {
    /** Lower-case words that name an audience or a medium; general English, no names. */
    private static final Set<String> AUDIENCE = Set.of("reporters", "journalists", "correspondents", "lawmakers",
            "legislators", "parliament", "deputies", "senators", "residents", "soldiers", "troops", "officials",
            "diplomats", "investors", "students", "press", "media", "television", "tv", "radio", "broadcaster",
            "newspaper", "agency", "news", "conference", "briefing", "channel", "state", "national", "local",
            "public", "audience", "crowd", "viewers", "listeners", "parliamentarians", "assembly", "summit",
            "meeting", "forum", "interviewer", "me", "us", "him", "her", "them", "site", "website", "portal",
            "outlet", "paper", "magazine", "programme", "program", "show", "podcast", "network", "wire", "daily",
            "weekly", "reporter", "correspondent", "journalist", "interview", "committee", "hearing",
            "delegates", "envoys", "ministers", "leaders", "colleagues", "supporters", "jurors", "jury", "judge",
            "judges", "court", "voters", "police", "investigators", "prosecutors", "congress", "senate", "lawyers",
            "members", "staff", "employees", "workers", "rally", "crowds", "people");
    /** Determiners a listener may open with ("the Courier", "a news conference"); never its last word. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this");
    private static final Set<String> TELL = Set.of("tell", "tells", "told", "telling");
    private static final int MAX_WORDS = 4;

    private ListenerObject() {
    }

    /**
     * The outlet a source told ("told the Daily Courier that"): a channel of the claim (guideline 10, via), as
     * registry id; none when the listener is no media entry of the registry ("told reporters").
     */
    static List<String> channel(RuleContext ctx, CueLexicon.Hit cue, int end) {
        int listenerEnd = skip(ctx, cue, cue.end(), end);
        if (listenerEnd == cue.end()) {
            return List.of();
        }
        String listener = ctx.text().substring(ctx.nav().skipSpaces(cue.end()), listenerEnd);
        return ctx.resolver().lookup(listener).filter(c -> "media".equals(c.kind()))
                .map(c -> List.of(c.id())).orElse(List.of());
    }

    /** Where the content of a "tell" cue starts: after its listener, or {@code from} for other cues. */
    static int skip(RuleContext ctx, CueLexicon.Hit cue, int from, int end) {
        String text = ctx.text();
        if (!TELL.contains(ctx.nav().lowerWord(cue.start(), cue.end()))) {
            return from;
        }
        TextNav nav = ctx.nav();
        int i = nav.skipSpaces(from);
        int listenerEnd = from;
        int nameStart = -1;
        for (int words = 0; words < MAX_WORDS && i < end; words++) {
            int we = CueLexicon.wordEnd(text, i, end);
            if (we == i) {
                break;
            }
            while (we < end && Character.isLetterOrDigit(text.charAt(we))) {
                we++; // a name with digits: "Seym24", "Channel4"
            }
            String word = text.substring(i, we);
            boolean capital = Character.isUpperCase(word.charAt(0));
            String lower = word.toLowerCase(Locale.ROOT);
            if (words == 0 && DETERMINERS.contains(lower)) {
                i = nav.skipSpaces(we); // the listener's determiner: kept only if a listener word follows
                continue;
            }
            if (!AUDIENCE.contains(lower) && !capital) {
                break;
            }
            if (capital && nameStart >= 0 && !ctx.resolver().isExactName(text.substring(nameStart, we))) {
                break; // "told the Courier Ukraine had ...": a second capitalised word joins only a known name
            }
            if (capital && nameStart < 0) {
                nameStart = i;
            }
            listenerEnd = we;
            i = nav.skipSpaces(we);
        }
        return listenerEnd;
    }
}
