package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * A subject with an appositive or a relative clause between commas, right before its cue: "Andriy Roe, the
 * spokesman for the northern command, said X", "The governor, Anna Berg, said X", "Anna Berg, who leads the
 * group, said X". The cue's content follows it; the text before the cue is the source, not a content ("X, Y
 * said" reads the other way only when nothing but a time phrase follows the cue). The mention is the name (H9):
 * the part that names a registry entry, else the part written as a name, else the phrase opening the sentence.
 */
final class AppositiveSubject {
    /** Words that open an appositive or relative clause of a subject. */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("the", "a", "an", "who", "whose", "which", "its",
            "his", "her", "their", "one", "head", "chief", "director", "spokesman", "spokeswoman", "spokesperson");
    /** Most words of the phrase before the appositive: a name or a description, never a clause. */
    private static final int MAX_HEAD_WORDS = 10;

    private AppositiveSubject() {
    }

    /** The subject's mention and the other part, which describes it ("the spokesman for the northern command"). */
    record Subject(TextRange mention, TextRange description) {
    }

    /** The subject of a cue preceded by ", APPOSITIVE,", or null when the sentence has no such shape. */
    static Subject before(RuleContext ctx, TextRange sentence, int cueStart) {
        TextNav nav = ctx.nav();
        if (nav.charBefore(cueStart) != ',') {
            return null;
        }
        String text = ctx.text();
        int secondComma = nav.commaBefore(cueStart);
        int firstComma = nav.indexWithin(',', sentence.start(), secondComma);
        if (firstComma < 0 || firstComma >= secondComma) {
            return null;
        }
        TextRange head = SentenceSplitter.trim(text, sentence.start(), firstComma);
        TextRange appositive = SentenceSplitter.trim(text, firstComma + 1, secondComma);
        if (head.isEmpty() || appositive.isEmpty() || nav.indexWithin(',', firstComma + 1, secondComma) >= 0
                || !nav.fewWordsWithoutThat(head.start(), head.end(), MAX_HEAD_WORDS)
                || nav.hasAuxiliary(head.start(), head.end())) {
            return null;
        }
        boolean appositiveIsName = isName(text, appositive);
        String opener = nav.wordAfter(appositive.start());
        // "A Slovak official, speaking on condition of anonymity, said": a participle phrase of the subject.
        boolean participle = opener.length() > 4 && opener.endsWith("ing");
        if (!appositiveIsName && !APPOSITIVE_OPENERS.contains(opener) && !participle) {
            return null;
        }
        if (!appositiveIsName && !isName(text, head) && !NounPhrases.DETERMINERS.contains(nav.wordAfter(head.start()))) {
            return null; // "Late on Friday, the governor said ...": an adverbial, not a subject
        }
        ClaimantResolver resolver = ctx.resolver();
        boolean headNames = resolver.names(text.substring(head.start(), head.end()));
        boolean appositiveNames = appositiveIsName && resolver.names(text.substring(appositive.start(), appositive.end()));
        if (appositiveNames && (!headNames || !isName(text, head))) {
            return new Subject(appositive, head); // "The Kursk governor, Pavel Grishin, said": the name
        }
        return headNames || isName(text, head) || !appositiveIsName ? new Subject(head, appositive)
                : new Subject(appositive, head);
    }

    /** Capitalised words only (a title and a name): "Pavel Grishin", "Colonel Anna Berg". */
    static boolean isName(String text, TextRange r) {
        int i = r.start();
        int words = 0;
        while (i < r.end()) {
            int e = CueLexicon.wordEnd(text, i, r.end());
            if (e == i) {
                char c = text.charAt(i);
                if (c != ' ' && c != '-' && c != '.' && c != '\'' && c != '’') {
                    return false;
                }
                i++;
                continue;
            }
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            words++;
            i = e;
        }
        return words > 0 && words <= 5 && !"the".equals(text.substring(r.start(), CueLexicon.wordEnd(text, r.start(),
                r.end())).toLowerCase(Locale.ROOT));
    }
}
