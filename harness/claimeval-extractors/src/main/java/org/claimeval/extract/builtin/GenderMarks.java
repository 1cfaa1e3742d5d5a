package org.claimeval.extract.builtin;

import java.util.Set;

/**
 * The grammatical gender a text gives a person, from gender-marked English words only: titles ("Ms", "Mr"),
 * gendered role nouns ("spokeswoman", "chairman") and the pronouns "he"/"she" tied to the person. No list of
 * first names: a name says nothing here (guideline H30, pronouns).
 */
enum GenderMarks {
    FEMALE, MALE, UNKNOWN;

    /** Titles and role nouns of a mention; pronouns are not among them ("his spokesman" is the spokesman's). */
    private static final Set<String> FEMALE_WORDS = Set.of("ms", "mrs", "miss", "madam", "dame", "lady", "woman", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman",
            "servicewoman", "mother", "grandmother", "daughter", "wife", "sister", "widow", "queen", "princess");
    private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "man",
            "spokesman", "chairman", "congressman", "businessman", "policeman", "serviceman", "father",
            "grandfather", "son", "husband", "brother", "widower", "king", "prince");

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
            String w = lowerMention.substring(i, e);
            GenderMarks word = FEMALE_WORDS.contains(w) ? FEMALE : MALE_WORDS.contains(w) ? MALE : UNKNOWN;
            if (word != UNKNOWN) {
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
