package org.claimeval.extract.builtin;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender a text gives a person, from gender-marked English words only: titles ("Ms", "Mr"),
 * gendered role nouns ("spokeswoman", "chairman") and the pronouns "he"/"she" tied to the person. No list of
 * first names: a name says nothing here (guideline H30, pronouns).
 */
enum GenderMarks {
    FEMALE, MALE, UNKNOWN;

    /** Titles and role nouns of a mention; pronouns are not among them ("his spokesman" is the spokesman's). */
    static final Set<String> FEMALE_WORDS = Set.of("ms", "mrs", "miss", "madam", "dame", "lady", "woman", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman",
            "servicewoman", "mother", "grandmother", "daughter", "wife", "sister", "widow", "queen", "princess");
    static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "man",
            "spokesman", "chairman", "congressman", "businessman", "policeman", "serviceman", "father",
            "grandfather", "son", "husband", "brother", "widower", "king", "prince");

    /**
     * Each word of the two lists with its gender, read in place: the words of every person's mention are looked
     * up, and copying each to a string cost more than the look-up. Exact on a lower-cased mention: its ASCII
     * letters are lower case already, and a word with a char outside ASCII is lower-cased once more by
     * {@code toLowerCase(Locale.ROOT)}, which leaves lower-cased text as it is, so it never becomes an ASCII key.
     */
    private static final LowerCaseLookup<GenderMarks> WORDS = new LowerCaseLookup<>(genderOfWords(),
            LowerCaseLookup.ROOT);

    private static Map<String, GenderMarks> genderOfWords() {
        Map<String, GenderMarks> words = new HashMap<>();
        FEMALE_WORDS.forEach(w -> words.put(w, FEMALE));
        MALE_WORDS.forEach(w -> words.put(w, MALE));
        return words;
    }

    /** The gender the words of a mention mark ("Ms Roe", "the Kremlin's spokesman"), or UNKNOWN. */
    static GenderMarks of(String lowerMention) {
        GenderMarks found = UNKNOWN;
        int i = 0;
        int n = lowerMention.length();
        while (i < n) {
            int e = CueLexicon.wordEnd(lowerMention, i, n);
            if (e == i) {
                i++;
                continue;
            }
            GenderMarks word = WORDS.get(lowerMention, i, e);
            if (word != null) {
                if (found != UNKNOWN && found != word) {
                    return UNKNOWN; // "the widow's son": no single person's gender
                }
                found = word;
            }
            i = e;
        }
        return found;
    }

    /** The gender a lower-case pronoun marks ("she", "his"), or UNKNOWN ("they", "it"). */
    static GenderMarks ofPronoun(String lowerWord) {
        return switch (lowerWord) {
            case "she", "her", "hers" -> FEMALE;
            case "he", "him", "his" -> MALE;
            default -> UNKNOWN;
        };
    }

    /** Whether a person of this gender can be what a pronoun of the other stands for. */
    boolean compatible(GenderMarks other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
