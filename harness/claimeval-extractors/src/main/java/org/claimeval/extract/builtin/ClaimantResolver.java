package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimeval.model.Claimant;

/**
 * Turns a mention ("Russia's Ministry of Defense", "a senior source in the General Staff", "the governor", "he")
 * into a claimant (guideline 9, H30): the registry entry its head or its longest resolvable word sequence names,
 * an entry whose role the description is (the nearest such entry mentioned before), the agent of evidence ("data
 * gathered by the group"), a pronoun's nearest compatible speaker (person for "he"/"she", organisation for
 * "it", plural for "they"), or the mention text when nothing resolves. One instance per document: it remembers
 * the speakers in order.
 */
final class ClaimantResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> OTHER_PRONOUNS = Set.of("we", "i");
    /** Common nouns heading an organisation's name (general English; no proper names). */
    private static final Set<String> ORG_WORDS = Set.of("ministry", "agency", "office", "government", "staff",
            "council", "forces", "army", "navy", "military", "service", "services", "command", "department",
            "committee", "commission", "bureau", "administration", "parliament", "party", "news", "times",
            "journal", "post", "press", "officials", "authorities", "media", "report", "statement", "group",
            "regiment", "brigade", "battalion", "channel", "broadcaster", "newspaper", "outlet", "institute",
            "center", "centre", "university", "company", "organisation", "organization", "analysts", "experts",
            "specialists", "observers", "sources", "unit", "project", "monitor", "television");
    /** Heads of a phrase that names evidence, not a source: "data gathered by X", "videos" (guideline H13). */
    private static final Set<String> EVIDENCE_WORDS = Set.of("data", "video", "videos", "recording", "recordings",
            "footage", "image", "images", "imagery", "photo", "photos", "photographs", "pictures", "figures",
            "documents", "evidence", "findings", "draft", "filings", "records", "memo", "emails", "letter");
    /** "a draft seen by the paper": the agent saw the evidence, it did not issue it (no source, H38). */
    private static final List<String> SEEN_BY = List.of(" seen by ", " obtained by ", " reviewed by ");
    /** Nouns for what a source says or publishes: "X's estimate" speaks for X (nominal cues, H25). */
    private static final Set<String> REPORT_NOUNS = Set.of("estimate", "estimates", "statement", "statements",
            "report", "reports", "figures", "figure", "data", "assessment", "assessments", "update", "analysis",
            "count", "tally", "calculations", "account", "version", "summary", "briefing", "announcement",
            "findings", "review", "bulletin");
    /** Words opening a time or place adverbial fronted before a subject ("Earlier this week the governor"). */
    static final Set<String> ADVERBIAL_OPENERS = Set.of("earlier", "later", "on", "in", "at", "last",
            "this", "during", "after", "before", "meanwhile", "separately", "then", "yesterday", "today", "also",
            "since", "by");
    /**
     * One-word adverbs (and the prepositions of an absolute phrase) before a subject, without a comma ("Meanwhile
     * Roe said", "with the spokesman dismissing").
     */
    static final Set<String> SENTENCE_ADVERBS = Set.of("meanwhile", "however", "yesterday", "today",
            "overnight", "separately", "now", "later", "earlier", "also", "still", "instead", "then", "moreover",
            "nevertheless", "nonetheless", "previously", "initially", "finally", "subsequently", "tonight", "again",
            "thus", "hence", "indeed", "besides", "otherwise", "so", "and", "but", "yet", "additionally",
            "reportedly", "publicly", "officially", "recently", "currently", "repeatedly", "similarly", "likewise",
            "with", "including"); // "..., with the Kremlin's spokesman dismissing X": the preposition names nobody
    /** Possessives that only point back to the country of the article ("the country's General Staff"). */
    private static final List<String> CONTEXT_POSSESSIVES = List.of("the country's ", "the country’s ",
            "the nation's ", "the nation’s ", "the region's ", "the region’s ");

    /** Precompiled: the resolver splits every mention, several times per sentence. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** What ends a mention's head: the first of these, as literal text. */
    private static final List<String> HEAD_END = List.of(",", " in ", " from ", " at ", " on ", " with ", " who ",
            " which ");
    private static final List<String> NUMBER_HEAD_END = List.of(",", " of ", " in ", " from ", " at ", " for ",
            " with ", " who ", " which ");
    /** The whitespace of a regular expression's {@code \\s}. */
    private static final String REGEX_SPACES = " \t\n\u000B\f\r";

    /** A resolved claimant: the registry id (or free text), the char range of the mention, and its kind. */
    record Resolved(String claimant, TextRange mention, boolean person, boolean plural) {
        Resolved(String claimant, TextRange mention, boolean person) {
            this(claimant, mention, person, false);
        }

        /** The same claimant without a mention: the sentence names no source (guideline H20). */
        Resolved unmentioned() {
            return new Resolved(claimant, null, person, plural);
        }
    }

    private final RegistryLookup registry;
    /** Every speaker resolved so far, the most recent last. */
    private final List<Resolved> speakers = new ArrayList<>();
    /** What the article called a speaker in an appositive ("Roe, the spokesman for X"): head noun to claimant id. */
    private final java.util.Map<String, String> describedAs = new java.util.HashMap<>();
    /** The gender the text has marked for a person claimant ("Ms Roe", "she" resolved to Roe), by claimant id. */
    private final java.util.Map<String, GenderMarks> genders = new java.util.HashMap<>();

    ClaimantResolver(RegistryLookup registry) {
        this.registry = registry;
    }

    /** The first speaker named after {@code index}, without its mention, or null. */
    Resolved firstSpeakerAfter(int index) {
        for (Resolved r : speakers) {
            if (r.mention().start() >= index) {
                return r.unmentioned();
            }
        }
        return null;
    }

    Resolved lastSpeaker() {
        return speakers.isEmpty() ? null : speakers.get(speakers.size() - 1);
    }

    /** Resolves a mention and remembers it for later pronouns; null for an empty mention. */
    Resolved resolve(String text, TextRange mention) {
        if (mention == null || mention.isEmpty()) {
            return null;
        }
        TextRange fronted = dropFrontedAdverbial(text, mention);
        String frontedText = text.substring(fronted.start(), fronted.end());
        // A name of the registry is never trimmed, even one with a participle ("official speaking to X").
        TextRange m = isExactName(frontedText) ? fronted : dropParticiplePhrase(text, fronted);
        String raw = m.equals(fronted) ? frontedText : text.substring(m.start(), m.end());
        String lower = raw.toLowerCase(Locale.ROOT);
        String lastWord = lower.substring(lower.lastIndexOf(' ') + 1);
        if (lower.endsWith(" of them") && lower.indexOf(' ') == lower.length() - " of them".length()) {
            return partitive(text, m);
        }
        if (isPronoun(lastWord)) {
            // "on Friday it", "he": the pronoun is the mention.
            TextRange pronoun = new TextRange(m.end() - lastWord.length(), m.end());
            return pronoun(text, lastWord, pronoun);
        }
        TextRange possessor = possessorOfReportNoun(lower, m);
        if (possessor != null) {
            // "The institute's estimate puts X at Y": the estimate is the institute's (H25, H34).
            return resolve(text, possessor);
        }
        Resolved issuer = issuerOfReport(lower, m);
        if (issuer != null) {
            return issuer;
        }
        if (lower.indexOf(" by ") > 0 && seenBy(lower)) {
            Resolved agent = evidenceAgent(text, m, lower); // "a draft seen by the paper": evidence, not the paper
            if (agent != null) {
                return agent;
            }
        }
        Optional<Claimant> found = lookup(raw);
        if (found.isEmpty()) {
            found = byRole(lower);
        }
        if (found.isEmpty()) {
            Resolved agent = evidenceAgent(text, m, lower);
            if (agent != null) {
                return agent;
            }
        }
        // Plain conditionals rather than Optional.map: every mention comes here, and each map allocated.
        Claimant entry = found.orElse(null);
        String kind = entry == null ? null : entry.kind();
        boolean pluralWords = looksPlural(raw, lower);
        String claimant = entry == null ? raw : entry.id();
        // An "expert-group" may be one organisation ("the institute": it) or several people ("analysts": they);
        // the mention decides. Only a group of people is plural whatever the words.
        boolean plural = entry == null ? pluralWords
                : "person-group".equals(kind) || (!"person".equals(kind) && pluralWords);
        boolean person = entry == null ? !hasWordIn(lower, ORG_WORDS) && !pluralWords
                : "person".equals(kind) || ("anonymous-official".equals(kind) && !pluralWords);
        Resolved r = new Resolved(claimant, m, person, plural);
        if (person && !plural) {
            markGender(claimant, GenderMarks.of(lower));
        }
        remember(r);
        return r;
    }

    /** Records the gender a word of the text marked for a person; conflicting marks leave it unknown. */
    private void markGender(String claimant, GenderMarks gender) {
        if (gender != GenderMarks.UNKNOWN) {
            genders.merge(claimant, gender, (a, b) -> a == b ? a : GenderMarks.UNKNOWN);
        }
    }

    private GenderMarks genderOf(Resolved s) {
        return genders.getOrDefault(s.claimant(), GenderMarks.UNKNOWN);
    }

    /** Whether a phrase is, as a whole, a registry entry's name or alias ("Daily Courier", not "Reuters Northland"). */
    boolean isExactName(String phrase) {
        return registry.resolve(phrase).isPresent();
    }

    /** Whether a phrase names a registry entry, by name, alias or role (nothing is remembered). */
    boolean names(String phrase) {
        return lookup(phrase).isPresent() || byRole(phrase.toLowerCase(Locale.ROOT)).isPresent();
    }

    void remember(Resolved r) {
        if (r != null && r.mention() != null) {
            speakers.add(r);
        }
    }

    /** The nearest earlier speaker a pronoun can stand for; its own mention range. */
    private Resolved pronoun(String text, String word, TextRange mention) {
        Resolved antecedent = null;
        for (int k = speakers.size() - 1; k >= 0 && antecedent == null; k--) {
            Resolved s = speakers.get(k);
            if (fits(word, s) && genderOf(s).compatible(GenderMarks.ofPronoun(word))) {
                antecedent = s;
            }
        }
        // "Roe visited the dam. '...,' she said": a sentence's subject is the antecedent when it is nearer than the
        // last fitting speaker; the names opening sentences are read only back to that speaker.
        int nearest = antecedent == null || antecedent.mention() == null ? -1 : antecedent.mention().start();
        Resolved subject = openingSubject(text, word, nearest, mention.start());
        if (subject != null) {
            antecedent = subject;
        }
        if (antecedent == null) {
            antecedent = lastSpeaker();
        }
        String claimant = antecedent != null ? antecedent.claimant() : word;
        if (antecedent != null && antecedent.person()) {
            markGender(claimant, GenderMarks.ofPronoun(word)); // "she" ties its antecedent's gender for later pronouns
        }
        return new Resolved(claimant, mention, antecedent != null && antecedent.person(),
                antecedent != null && antecedent.plural());
    }

    private static boolean fits(String pronoun, Resolved s) {
        return PERSON_PRONOUNS.contains(pronoun) ? s.person() && !s.plural()
                : THING_PRONOUNS.contains(pronoun) ? !s.person() && !s.plural()
                : PLURAL_PRONOUNS.contains(pronoun) ? s.plural() || !s.person()
                : true;
    }

    /**
     * The nearest registry entry opening a sentence between {@code after} and the pronoun that the pronoun can
     * stand for, or null. Stopping at {@code after} is exact for the caller: the first fitting name at or before
     * it would lose to the speaker there, and so would every name further back.
     */
    private Resolved openingSubject(String text, String pronoun, int after, int index) {
        if (!PERSON_PRONOUNS.contains(pronoun) && !THING_PRONOUNS.contains(pronoun)) {
            return null;
        }
        for (TextRange name : OpeningNames.between(text, after, index)) {
            String raw = text.substring(name.start(), name.end());
            Optional<Claimant> c = lookup(raw);
            if (c.isPresent()) {
                boolean person = "person".equals(c.get().kind()) || "anonymous-official".equals(c.get().kind());
                Resolved r = new Resolved(c.get().id(), name, person, "person-group".equals(c.get().kind()));
                if (fits(pronoun, r) && genderOf(r).compatible(GenderMarks.ofPronoun(pronoun))) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * "Two of them said": a plural group drawn from the plural noun phrase before it ("His soldiers are less
     * certain. Two of them ..."), resolved like a description of that group; a new plural speaker when the group
     * names no entry. Never the last speaker: the partitive's antecedent is a group, not a person.
     */
    private Resolved partitive(String text, TextRange m) {
        TextRange group = PluralAntecedent.before(text, m.start());
        Optional<Claimant> found = group == null ? Optional.empty()
                : lookup(text.substring(group.start(), group.end()))
                .or(() -> byRole(text.substring(group.start(), group.end()).toLowerCase(Locale.ROOT)));
        Resolved r = new Resolved(found.map(Claimant::id).orElse(text.substring(m.start(), m.end())), m, false, true);
        remember(r);
        return r;
    }

    /**
     * Remembers the description an appositive gave a speaker ("the spokesman for the northern command"), by its
     * head noun, for a later definite description ("The spokesman denied this").
     */
    void describe(Resolved speaker, String description) {
        String lower = description.toLowerCase(Locale.ROOT);
        if (speaker.claimant() == null || !(lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an "))) {
            return;
        }
        String head = beforeFirst(DESCRIPTION_END, lower).strip();
        describedAs.put(head.substring(head.lastIndexOf(' ') + 1), speaker.claimant());
    }

    /** What follows the head of an anonymous source's description ("aides | familiar with the talks"). */
    private static final List<String> POSTMODIFIERS = List.of(",", " familiar with ", " close to ", " who ",
            " which ", " with ", " in ", " at ", " from ", " briefed ", " speaking ", " involved in ", " knowledgeable ");

    /** What ends the head of a description: "the spokesman | for the northern command". */
    private static final List<String> DESCRIPTION_END = List.of(",", " for ", " of ", " in ", " at ", " with ",
            " from ", " who ", " which ");

    /** The speaker the article described with this definite description's head noun ("the spokesman"), or empty. */
    private Optional<Claimant> describedBefore(String lower) {
        if (!lower.startsWith("the ") || describedAs.isEmpty()) {
            return Optional.empty();
        }
        String id = describedAs.get(lower.substring(lower.lastIndexOf(' ') + 1));
        return id == null ? Optional.empty() : registry.byId(id);
    }

    /** An entry whose role the description is: the most recent such speaker, else the only such entry. */
    private Optional<Claimant> byRole(String lower) {
        Optional<Claimant> described = describedBefore(lower);
        if (described.isPresent()) {
            return described;
        }
        // An indefinite description introduces a source ("a senior lawmaker said"): it is an entry's only when no
        // other entry has that role, and it never refers back to an earlier speaker.
        boolean indefinite = lower.startsWith("a ") || lower.startsWith("an ");
        String description = lower;
        for (String possessive : CONTEXT_POSSESSIVES) {
            if (description.startsWith(possessive)) {
                description = description.substring(possessive.length());
                Optional<Claimant> named = lookup(description);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        List<Claimant> candidates = registry.withRole(description);
        if (candidates.isEmpty()) {
            // "three aides familiar with the talks", "one EU diplomat who attended": the role before its postmodifier.
            String head = beforeFirst(POSTMODIFIERS, description).strip();
            if (head.length() < description.length()) {
                candidates = registry.withRole(head);
            }
        }
        if (candidates.isEmpty()) {
            // "The battalion commander": the head noun phrase alone may be the role ("the commander").
            int space = description.indexOf(' ', description.startsWith("the ") ? 4 : 0);
            if (space > 0) {
                candidates = registry.withRole(description.substring(space + 1));
            }
        }
        if (candidates.isEmpty() && description.indexOf(' ') > 0 && description.indexOf(" of ") < 0) {
            // "a senior Ukrainian lawmaker": the head noun alone.
            candidates = registry.withRole(description.substring(description.lastIndexOf(' ') + 1));
        }
        if (candidates.isEmpty() && !indefinite && looksPlural(description, description.toLowerCase(Locale.ROOT))) {
            // "the soldiers", "his commanders": a group entry whose name has that plural noun.
            candidates = registry.withNameNoun(description.substring(description.lastIndexOf(' ') + 1));
        }
        for (int k = speakers.size() - 1; k >= 0 && !indefinite; k--) {
            for (Claimant c : candidates) {
                if (c.id().equals(speakers.get(k).claimant())) {
                    return Optional.of(c);
                }
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * "Preliminary data gathered by the group": evidence names its source after "by", or relays the last speaker,
     * or, before any speaker, is the author's.
     */
    private Resolved evidenceAgent(String text, TextRange m, String lower) {
        String head = beforeFirstOf(REGEX_SPACES + ",", lower);
        boolean evidence = EVIDENCE_WORDS.contains(head) || (lower.indexOf(' ') > 0
                && EVIDENCE_WORDS.contains(SPACES.split(lower)[1]));
        if (!evidence) {
            return null;
        }
        int by = lower.lastIndexOf(" by ");
        if (by >= 0 && !seenBy(lower)) {
            return resolve(text, new TextRange(m.start() + by + 4, m.end()));
        }
        // Evidence before any source of the article is the author's own (guideline H38); after one, the body or
        // outlet whose report the text relays ("More videos showed X" after the agency's report, H13): the last
        // speaker that is no person (a person quoted in the report does not publish its evidence).
        Resolved last = null;
        for (int k = speakers.size() - 1; k >= 0 && last == null; k--) {
            if (!speakers.get(k).person()) {
                last = speakers.get(k);
            }
        }
        if (last == null) {
            last = lastSpeaker();
        }
        return last != null ? last.unmentioned() : new Resolved(Claimant.AUTHOR_ID, null, false, false);
    }

    /**
     * "The statement said", "A ministry statement said": a report speaks for whoever issued it, the source its
     * modifier names ("ministry": the ministry) or else the last speaker; the mention stays the report's phrase
     * (H9: "The statement"). Null when the mention is not such a report.
     */
    private Resolved issuerOfReport(String lower, TextRange m) {
        if (!opensWithArticle(lower)) {
            return null; // the test below on words[0], without splitting every mention
        }
        if (!REPORT_NOUNS.contains(lastToken(lower))) {
            return null; // the last of the words below, without splitting every mention
        }
        String[] words = SPACES.split(lower);
        if (words.length < 2 || words.length > 3 || !REPORT_NOUNS.contains(words[words.length - 1])
                || !(words[0].equals("the") || words[0].equals("a") || words[0].equals("an"))
                || lower.indexOf('\'') >= 0 || lower.indexOf('’') >= 0) {
            return null;
        }
        Optional<Claimant> issuer = words.length == 3 ? byRole("the " + words[1]).or(() -> lookup(words[1]))
                : Optional.empty();
        Resolved last = lastSpeaker();
        if (issuer.isEmpty() && (words.length == 3 || last == null)) {
            return null;
        }
        String claimant = issuer.map(Claimant::id).orElse(last == null ? null : last.claimant());
        Resolved r = new Resolved(claimant, m, false, false);
        remember(r);
        return r;
    }

    /**
     * The possessor of "X's estimate", "X's latest statement", "X's figures": the words before the "'s" when
     * the mention ends in a noun for what a source says or publishes; else null.
     */
    private static TextRange possessorOfReportNoun(String lower, TextRange m) {
        // The noun first: replacing the curly apostrophe keeps every index and no report noun has an apostrophe,
        // so the last word tests the same before the replacement, and most mentions need no copy.
        if (!REPORT_NOUNS.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
            return null;
        }
        int possessive = lower.replace('’', '\'').lastIndexOf("'s ");
        return possessive <= 0 ? null : new TextRange(m.start(), m.start() + possessive);
    }

    /**
     * "Officials speaking on condition of anonymity": a participle phrase after the head is no part of the mention
     * (H34, trailing phrases); a name has no lower-case "-ing" word.
     */
    private static TextRange dropParticiplePhrase(String text, TextRange m) {
        int i = m.start();
        boolean first = true;
        while (i < m.end()) {
            int we = CueLexicon.wordEnd(text, i, m.end());
            if (we == i) {
                i++;
                continue;
            }
            if (!first && we - i > 5 && Character.isLowerCase(text.charAt(i)) && text.startsWith("ing", we - 3)
                    && PARTICIPLE_FOLLOWERS.contains(nextWord(text, we, m.end()))) {
                return SentenceSplitter.trim(text, m.start(), i);
            }
            first = false;
            i = we;
        }
        return m;
    }

    /** Words after a participle that opens a phrase ("speaking on", "fighting near"), not a noun ("monitoring group"). */
    private static final Set<String> PARTICIPLE_FOLLOWERS = Set.of("on", "in", "at", "for", "to", "from", "near",
            "with", "under", "about", "inside", "along", "the", "a", "an", "his", "her", "their", "its");

    private static String nextWord(String text, int from, int end) {
        int s = from;
        while (s < end && text.charAt(s) == ' ') {
            s++;
        }
        return text.substring(s, CueLexicon.wordEnd(text, s, end)).toLowerCase(Locale.ROOT);
    }

    /**
     * The words of both lists, asked in place: the same lower-casing as {@code toLowerCase(Locale.ROOT)} of the
     * first word, so a subject that opens with none of them is passed by as before, without a copy.
     */
    static final LowerCaseLookup<Integer> FRONTED_OPENERS = LowerCaseLookup.wordSets(
            Map.of(1, SENTENCE_ADVERBS, 2, ADVERBIAL_OPENERS));

    /** "Earlier this week the governor": the subject starts at its determiner. */
    private static TextRange dropFrontedAdverbial(String text, TextRange m) {
        int space = text.indexOf(' ', m.start());
        int firstEnd = space < 0 || space > m.end() ? m.end() : space;
        if (FRONTED_OPENERS.get(text, m.start(), firstEnd) == null) {
            return m; // most subjects: no need to copy, lower-case and split them into words
        }
        String first = text.substring(m.start(), firstEnd).toLowerCase(Locale.ROOT);
        String[] words = text.substring(m.start(), m.end()).split(" ");
        if (words.length >= 2 && SENTENCE_ADVERBS.contains(first)) {
            // "Meanwhile Roe said", "Separately officials said": a sentence adverb names nobody.
            return dropFrontedAdverbial(text, SentenceSplitter.trim(text, m.start() + words[0].length(), m.end()));
        }
        if (words.length < 3 || !ADVERBIAL_OPENERS.contains(first)) {
            return m;
        }
        int offset = words[0].length() + 1;
        for (int k = 1; k < words.length - 1; k++) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("a") || w.equals("an")) {
                return new TextRange(m.start() + offset, m.end());
            }
            offset += words[k].length() + 1;
        }
        return m;
    }

    /** The mention itself, then its head (before "of", "in", "from", ","), then word sequences, longest first. */
    Optional<Claimant> lookup(String mention) {
        Optional<Claimant> raw = registry.resolve(mention);
        if (raw.isPresent()) {
            return raw;
        }
        String aide = aideNoun(mention);
        if (aide != null) {
            // "Roe's spokesman" speaks for Roe but is not Roe: only a name that has the aide's noun
            // ("the Kremlin's spokesman") is the speaker.
            return longestSequence(mention, aide);
        }
        String cleaned = mention.replace("’s", "").replace("'s", "").strip();
        Optional<Claimant> direct = registry.resolve(cleaned);
        if (direct.isPresent()) {
            return direct;
        }
        // "of" stays inside names ("Ministry of Defense"); "in", "from", "at" introduce membership.
        String head = beforeFirst(HEAD_END, cleaned);
        Optional<Claimant> name = trailingName(head);
        if (name.isPresent()) {
            return name;
        }
        Optional<Claimant> government = countryOfficials(head);
        if (government.isPresent()) {
            return government;
        }
        Optional<Claimant> byHead = longestSequence(head);
        // A head that is the whole mention (no "in", "from", "who" ... cut it) was just looked up: asking again
        // would give the same answer, so only a cut head leaves the whole mention to try.
        return byHead.isPresent() || head.length() == cleaned.length() ? byHead : longestSequence(cleaned);
    }

    /**
     * "Russian Foreign Ministry spokeswoman Yelena Markova": the capitalised words after the last lower-case word
     * are the person's name, and name the speaker before any longer title does (H9); null-empty when they are
     * fewer than two words or name no entry.
     */
    private Optional<Claimant> trailingName(String phrase) {
        // A char scan back over the capitalised words at the end, without splitting the phrase (every lookup
        // comes here).
        String p = phrase.strip();
        int start = p.length();
        int words = 0;
        while (start > 0) {
            int space = p.lastIndexOf(' ', start - 1);
            if (space + 1 >= start || !Character.isUpperCase(p.charAt(space + 1))) {
                break;
            }
            words++;
            start = space < 0 ? 0 : space;
            if (space < 0) {
                return Optional.empty(); // capitalised words only: a name as a whole, looked up elsewhere
            }
        }
        return words < 2 || start == p.length() ? Optional.empty() : registry.resolve(p.substring(start).strip());
    }

    /**
     * "Russian officials", "Ukrainian officials": officials named only by their country are its government (H31),
     * the entry named "<adjective> government".
     */
    private Optional<Claimant> countryOfficials(String phrase) {
        if (!phrase.regionMatches(true, Math.max(0, phrase.length() - " officials".length()), " officials", 0,
                " officials".length())) {
            return Optional.empty(); // most mentions: no split
        }
        String[] words = SPACES.split(phrase.strip());
        if (words.length != 2 || !words[1].equalsIgnoreCase("officials") || words[0].isEmpty()
                || !Character.isUpperCase(words[0].charAt(0))) {
            return Optional.empty();
        }
        return registry.resolve(words[0] + " government").filter(c -> "government".equals(c.kind()));
    }

    /** People who speak for someone named in the possessive before them ("X's spokesman", "X's adviser"). */
    private static final Set<String> AIDES = Set.of("spokesman", "spokeswoman", "spokesperson", "aide", "aides",
            "adviser", "advisers", "advisor", "advisors", "deputy", "envoy", "representative", "secretary",
            "press");

    /** The aide's noun of "X's spokesman", or null when the mention names no aide of a possessor. */
    private static String aideNoun(String mention) {
        if (mention.indexOf('\'') < 0 && mention.indexOf('’') < 0) {
            return null; // no possessive: lower-casing neither makes nor drops an apostrophe
        }
        String lower = mention.toLowerCase(Locale.ROOT).replace('’', '\'');
        int possessive = lower.indexOf("'s ");
        if (possessive < 0) {
            return null;
        }
        String after = lower.substring(possessive + 3).strip();
        int space = after.indexOf(' ');
        String noun = space < 0 ? after : after.substring(0, space);
        return AIDES.contains(noun) ? noun : null;
    }

    private Optional<Claimant> longestSequence(String phrase) {
        return longestSequence(phrase, null);
    }

    /** The longest word sequence of a phrase that names an entry, holding {@code required} when it is not null. */
    private Optional<Claimant> longestSequence(String phrase, String required) {
        String stripped = phrase.strip();
        String[] words = SPACES.split(stripped);
        // Where the words start in the phrase when single spaces separate them (nearly every mention): a sequence
        // of them is then a piece of the phrase, cut out at once instead of joined from copies of its words.
        int[] starts = singleSpaced(stripped, words) ? new int[words.length] : null;
        for (int k = 1; starts != null && k < words.length; k++) {
            starts[k] = starts[k - 1] + words[k - 1].length() + 1;
        }
        for (int len = words.length; len >= 1; len--) {
            // Right to left: a title comes before the name ("Kremlin spokesman Yuri Dolgov" is Dolgov, H9).
            for (int from = words.length - len; from >= 0; from--) {
                if (len == 1 && !Character.isUpperCase(words[from].charAt(0))) {
                    continue; // a single common word ("officials") names nobody
                }
                int last = from + len - 1;
                String candidate = starts != null
                        ? stripped.substring(starts[from], starts[last] + words[last].length())
                        : String.join(" ", List.of(words).subList(from, from + len));
                if (required != null && !candidate.toLowerCase(Locale.ROOT).contains(required)) {
                    continue;
                }
                Optional<Claimant> c = registry.resolve(candidate);
                if (c.isPresent() && !(len < words.length && isDescription(c.get(), candidate))) {
                    return c;
                }
            }
        }
        if (required == null) {
            // "Grishin said": a surname alone names the one person of the registry with that surname.
            for (int from = words.length - 1; from >= 0; from--) {
                Optional<Claimant> person = registry.bySurname(words[from]);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether one space (no other regular-expression space) separates each two of a phrase's words. */
    static boolean singleSpaced(String phrase, String[] words) {
        int chars = words.length - 1;
        for (String w : words) {
            chars += w.length();
        }
        for (int i = 0; i < phrase.length() && chars == phrase.length(); i++) {
            if (phrase.charAt(i) != ' ' && REGEX_SPACES.indexOf(phrase.charAt(i)) >= 0) {
                return false;
            }
        }
        return chars == phrase.length();
    }

    /**
     * Whether a word sequence matched only through a generic description alias ("the ministry"): such an alias
     * names the entry when it is the whole mention, not inside a longer name ("the Foreign Ministry").
     */
    private static boolean isDescription(Claimant c, String candidate) {
        for (String alias : c.aliases()) {
            String lower = alias.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("the ") || lower.startsWith("a ")) && lower.endsWith(candidate.toLowerCase(Locale.ROOT))
                    && !candidate.equalsIgnoreCase(c.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of a phrase between regular-expression spaces is one of {@code words}: what testing each
     * piece of {@code SPACES.split(phrase)} says, without the matcher and the array.
     */
    static boolean hasWordIn(String phrase, Set<String> words) {
        int i = 0;
        while (i < phrase.length()) {
            int end = i;
            while (end < phrase.length() && REGEX_SPACES.indexOf(phrase.charAt(end)) < 0) {
                end++;
            }
            if (end > i && words.contains(phrase.substring(i, end))) {
                return true;
            }
            i = end + 1;
        }
        return false;
    }

    /** The last word of a phrase between regular-expression spaces (what splitting at them gives last), or "". */
    static String lastToken(String phrase) {
        int end = phrase.length();
        while (end > 0 && REGEX_SPACES.indexOf(phrase.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && REGEX_SPACES.indexOf(phrase.charAt(start - 1)) < 0) {
            start--;
        }
        return phrase.substring(start, end);
    }

    /** Whether a lower-case mention has "seen by", "obtained by" or "reviewed by". */
    private static boolean seenBy(String lower) {
        for (String agent : SEEN_BY) {
            if (lower.contains(agent)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plural head: "commanders", "officials", "two of them", "the analysts"; never a name ("Aalbers").
     * {@code lower} is the phrase lower-cased, which the caller has made already.
     */
    private static boolean looksPlural(String raw, String lower) {
        String head = beforeFirst(NUMBER_HEAD_END, raw).strip();
        String lastRaw = head.substring(head.lastIndexOf(' ') + 1);
        String last = lastRaw.toLowerCase(Locale.ROOT);
        return (!lastRaw.isEmpty() && Character.isLowerCase(lastRaw.charAt(0)) && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("’s")
                && !last.endsWith("us") && !last.endsWith("is") && !last.equals("news") && !last.equals("times"))
                || lower.contains(" of them") || last.equals("authorities");
    }

    /**
     * The text before the first of the separators, or all of it: what splitting at them gives first, without
     * splitting the rest or a regular expression (the resolver asks this for every mention).
     */
    private static String beforeFirst(List<String> separators, String text) {
        int first = text.length();
        for (String separator : separators) {
            int at = text.indexOf(separator);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return text.substring(0, first);
    }

    /** Whether a lower-case phrase opens with "the", "a" or "an" and whitespace. */
    private static boolean opensWithArticle(String lower) {
        for (String article : List.of("the", "a", "an")) {
            if (lower.startsWith(article) && lower.length() > article.length()
                    && REGEX_SPACES.indexOf(lower.charAt(article.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text before the first of the chars, or all of it. */
    private static String beforeFirstOf(String chars, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    static boolean isPronoun(String lowerWord) {
        return PERSON_PRONOUNS.contains(lowerWord) || THING_PRONOUNS.contains(lowerWord)
                || PLURAL_PRONOUNS.contains(lowerWord) || OTHER_PRONOUNS.contains(lowerWord);
    }
}
