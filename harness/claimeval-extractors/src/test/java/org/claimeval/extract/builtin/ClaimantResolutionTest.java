package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.model.Side;
import org.claimeval.spi.ExtractionContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who speaks (guideline 9, H30): roles, appositive names, evidence, pronouns by kind and number. */
class ClaimantResolutionTest {
    static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("ana-lind", "Ana Lind", List.of("Lind"), "person", Side.OTHER, List.of("the governor")),
            new Claimant("bo-stam", "Bo Stam", List.of("Stam"), "person", Side.OTHER, List.of("the governor")),
            new Claimant("coast-guard", "Coast Guard", List.of("the Coast Guard"), "military", Side.OTHER,
                    List.of("the service", "service")),
            new Claimant("river-watch", "RiverWatch", List.of(), "expert-group", Side.OTHER,
                    List.of("the group", "monitoring group")),
            new Claimant("dock-workers", "Dock workers", List.of("Dock workers"), "person-group", Side.OTHER)));
    static final CueExtractor CUE = new CueExtractor();

    @BeforeAll
    static void prepare() {
        CUE.prepare(ExtractionContext.of(REGISTRY));
    }

    /** The claims of sources, leaving out the author's own (guideline 3). */
    static List<Claim> attributed(String text) {
        return extract(text).stream().filter(c -> c.attribution() != Attribution.AUTHOR).toList();
    }

    static List<Claim> extract(String text) {
        return CUE.extract(new Document("t", text));
    }

    @Test
    void aRoleResolvesToTheNearestEntryWithThatRoleMentionedBefore() {
        // Two entries share "the governor": the one named before wins, not the first in the registry.
        List<Claim> claims = extract("Bo Stam said the ferry was late. The governor added that the port was closed.");
        assertEquals("bo-stam", claims.get(1).claimant());
        assertEquals("The governor", claims.get(1).claimantMention().text());
        // A role only one entry has resolves even before that entry is named.
        assertEquals("river-watch", extract("The group said the river rose.").get(0).claimant());
        // Its head noun alone: "the independent monitoring group".
        assertEquals("river-watch", extract("The independent monitoring group said the river rose.").get(0).claimant());
        // An indefinite description introduces a source (H30): the entry when it is the only one with that role,
        // nobody when the role is shared ("the governor" is Lind's and Stam's), even after one of them spoke.
        assertEquals("river-watch", extract("An independent monitoring group said the river rose.").get(0).claimant());
        assertEquals("A provincial governor", extract("Bo Stam said the ferry was late. A provincial governor said"
                + " the port was closed.").get(1).claimant());
        // A role listed twice in one entry ("the service", "service") is still one entry's.
        assertEquals("coast-guard", extract("The service said two boats sank.").get(0).claimant());
    }

    @Test
    void aSourcesEstimateOrStatementSpeaksForTheSource() {
        // Nominal cues: "X's estimate puts", "X's statement said": the possessor is the source, the mention
        // loses the "'s" and the noun (H25, H34).
        Claim c = extract("The group's estimate puts the flooded area at 40 square kilometres.").get(0);
        assertEquals("river-watch", c.claimant());
        assertEquals("The group", c.claimantMention().text());
        assertEquals("coast-guard", extract("The Coast Guard's latest statement said six boats were missing.")
                .get(0).claimant());
        // "A service statement": the modifier names the issuer by its role; "The statement" alone speaks for the
        // source before it, and stays the mention (H9).
        assertEquals("coast-guard", extract("A service statement said six boats were missing.").get(0).claimant());
        Claim later = extract("Ana Lind said the pier was closed. The statement added that ferries were cancelled.")
                .get(1);
        assertEquals("ana-lind", later.claimant());
        assertEquals("The statement", later.claimantMention().text());
    }

    @Test
    void aPronounInARelativeOfTheSentenceTakesItsSubject() {
        // 'what she called "..."': no speaker before, the sentence's own subject is the antecedent.
        Claim c = extract("Ana Lind toured what she called \"the worst flood in a century\".").get(0);
        assertEquals("ana-lind", c.claimant());
        assertEquals("she", c.claimantMention().text());
    }

    @Test
    void aPartitiveIsAGroupDrawnFromThePluralBeforeIt() {
        // "Two of them" is drawn from "The workers" (a group entry whose name has that noun), not the person
        // who spoke last; "They" then goes to that group.
        List<Claim> claims = extract("Bo Stam said the strike was over. The workers are less sure. Two of them,"
                + " who asked not to be named, said pay had not risen. They described the deal as a trick.");
        assertEquals(List.of("bo-stam", "dock-workers", "dock-workers"),
                claims.stream().map(Claim::claimant).toList());
        assertEquals("Two of them", claims.get(1).claimantMention().text());
        // With no group entry the partitive is a new plural speaker of its own, still not the last speaker.
        List<Claim> strangers = extract("Bo Stam said the strike was over. The drivers are less sure. Two of them"
                + " said pay had not risen.");
        assertEquals("Two of them", strangers.get(1).claimant());
    }

    @Test
    void aNameInAnAppositiveIsTheSpeaker() {
        Claim c = extract("A spokeswoman for the province, Ana Lind, said the bridge was safe.").get(0);
        assertEquals("ana-lind", c.claimant());
        assertEquals("the bridge was safe", c.text());
    }

    @Test
    void evidenceNamesItsAgentNotItself() {
        List<Claim> claims = extract("Data gathered by the group suggest that the water is clean.");
        assertEquals("river-watch", claims.get(0).claimant());
        // Evidence before any source of the text is the author's own claim (H38): no cue, no mention.
        Claim own = extract("Satellite images suggest that the dam cracked overnight.\n\nAna Lind said the dam was"
                + " safe.").get(0);
        assertEquals("the dam cracked overnight", own.text());
        assertEquals("author", own.claimant());
        assertEquals(org.claimeval.model.Attribution.AUTHOR, own.attribution());
        assertNull(own.cue());
        // After a source's report, the evidence relays that source (H13).
        assertEquals("ana-lind", extract("Ana Lind said the dam was safe. Satellite images suggest that it cracked"
                + " overnight.").get(1).claimant());
    }

    @Test
    void pronounsGoToTheNearestCompatibleSpeaker() {
        // "it" skips the person named last and takes the organisation; "she" skips the organisation.
        List<Claim> claims = extract("The Coast Guard said two boats sank. Ana Lind said the crews were safe."
                + " It said the search had ended. She said the port would reopen.");
        assertEquals(List.of("coast-guard", "ana-lind", "coast-guard", "ana-lind"),
                claims.stream().map(Claim::claimant).toList());
        // "They" goes to a plural speaker, not to the person named after it.
        List<Claim> plural = extract("Dock workers said wages fell. Lind said talks had begun."
                + " They described the offer as an insult.");
        assertEquals("dock-workers", plural.get(2).claimant());
    }

    @Test
    void aPronounTakesABodyNamedEarlierInItsOwnSentence() {
        // The Coast Guard has no cue of its own ("does not comment"); "it" still stands for it, not for the
        // person who spoke in the sentence before.
        List<Claim> claims = attributed("Ana Lind said the pier was closed. The Coast Guard does not comment on"
                + " rumours, but on Monday it said two boats had sunk.");
        assertEquals("coast-guard", claims.get(1).claimant());
        assertEquals("it", claims.get(1).claimantMention().text());
        // An organisation of kind expert-group is "it" when its mention is singular.
        Claim group = extract("Ana Lind said the pier was closed. RiverWatch confirmed the flood, and on Monday it"
                + " said the water had fallen.").get(1);
        assertEquals("river-watch", group.claimant());
    }

    @Test
    void aPronounTakesTheSubjectOfTheSentenceBeforeEvenWithoutACue() {
        // "Lind disagreed" has no cue, but Lind is nearer to "she" than Stam, who spoke first.
        String text = "Bo Stam said the levee broke. Ana Lind disagreed. \"The dam will hold until spring,\" she said.";
        assertEquals("ana-lind", extract(text).get(1).claimant());
        QuoteExtractor quote = new QuoteExtractor();
        quote.prepare(ExtractionContext.of(REGISTRY));
        assertEquals("ana-lind", quote.extract(new Document("t", text)).get(0).claimant());
        // A sentence that opens with no registry name does not take the pronoun away from the last speaker.
        assertEquals("bo-stam", extract("Bo Stam said the levee broke. The water rose quickly. \"It will hold,\" he"
                + " said.").get(1).claimant());
    }

    @Test
    void aSpeakerBeforeAQuotationIsKnownToThePronounAfterIt() {
        // The quotation is read with its paragraph's cues: "Stam conceded" comes before the quotation's "he".
        List<Claim> claims = extract("Ana Lind said the road was open.\n\nThe forecast was wrong, Stam conceded."
                + " \"Nobody expected this much rain,\" he said.");
        Claim quoted = claims.get(claims.size() - 1);
        assertEquals("Nobody expected this much rain", quoted.text());
        assertEquals("bo-stam", quoted.claimant());
    }

    @Test
    void aSecondVerbSharesTheSubjectOfTheFirst() {
        // "and dismissed", "while noting": no subject of their own, so the speaker of the first cue, not the
        // determiner that opens the sentence.
        List<Claim> claims = extract("A spokesman for the port, Bo Stam, said the cranes were idle and dismissed"
                + " the union's figures as exaggerated.");
        assertEquals(2, claims.size());
        assertEquals(List.of("bo-stam", "bo-stam"), claims.stream().map(Claim::claimant).toList());
        assertEquals("the union's figures as exaggerated", claims.get(1).text());
        List<Claim> noting = extract("The Coast Guard said six boats were missing, while noting that the search"
                + " would go on.");
        assertEquals(List.of("six boats were missing", "the search would go on"),
                noting.stream().map(Claim::text).toList());
        assertEquals("coast-guard", noting.get(1).claimant());
    }

    @Test
    void aRelativeClauseOfTheSubjectIsNotTheSpeaker() {
        // Walking back from "said" meets "social media posts" (inside the relative clause); the speaker is the
        // group the sentence opens with. Its own restatement ("it had confirmed") stays inside its one claim.
        List<Claim> claims = extract("The independent monitoring group that tracks shipping and harbour records said"
                + " it had confirmed 40 sinkings by name, while noting that the true figure was higher.");
        assertEquals(List.of("it had confirmed 40 sinkings by name", "the true figure was higher"),
                claims.stream().map(Claim::text).toList());
        assertEquals(List.of("river-watch", "river-watch"), claims.stream().map(Claim::claimant).toList());
        // A coordinated clause with its own subject ends the content before it.
        List<Claim> own = extract("The Coast Guard said its crews were safe, and it accused the owners of ignoring"
                + " the warnings.");
        assertEquals("its crews were safe", own.get(0).text());
        assertEquals("the owners of ignoring the warnings", own.get(1).text());
        assertEquals("coast-guard", own.get(1).claimant());
    }

    @Test
    void anAideIsNotThePersonHeSpeaksFor() {
        // "Lind's spokesman" is not Lind; with no entry of its own it stays the mention's text.
        assertEquals("Lind's spokesman", extract("Lind's spokesman said the bridge was safe.").get(0).claimant());
        // "with the Coast Guard dismissing X as Y": the preposition of the absolute phrase is no part of the source.
        Claim c = extract("Boats stayed in port, with the Coast Guard dismissing the forecast as too cautious.").get(0);
        assertEquals("coast-guard", c.claimant());
        assertEquals("the Coast Guard", c.claimantMention().text());
    }

    @Test
    void evidenceRelaysTheLastBodyNotAPersonItQuoted() {
        // The report quoted a person; the videos after it are the outlet's evidence (H13), not the person's.
        List<Claim> claims = extract("The Coast Guard said two boats sank. The report quoted Ana Lind as saying the"
                + " crews were safe.\n\nMore videos suggest that the pier had collapsed.");
        assertEquals("ana-lind", claims.get(1).claimant());
        assertEquals("coast-guard", claims.get(claims.size() - 1).claimant());
    }

    @Test
    void aFrontedTimeAdverbialIsNotPartOfTheSpeaker() {
        Claim c = extract("Bo Stam said the storm had passed. Earlier this week the governor told reporters that the"
                + " dam held.").get(1);
        assertEquals("bo-stam", c.claimant());
        assertEquals("the governor", c.claimantMention().text());
    }

    @Test
    void aQuotationWithoutCueContinuesTheSpeakerOfItsOwnParagraph() {
        List<Claim> claims = extract("Stam said the ferry was late.\n\nLind says the road is open. \"Buses run every hour.\"");
        assertEquals("ana-lind", claims.get(2).claimant());
        assertNull(claims.get(2).cue());
    }

    @Test
    void aHeadlineQuotationIsTheFirstSpeakerNamedAfterIt() {
        String text = "\"The dam will hold\": a week on the river\n\nAna Lind says the water is falling.";
        assertEquals("ana-lind", extract(text).get(0).claimant());
        QuoteExtractor quote = new QuoteExtractor();
        quote.prepare(ExtractionContext.of(REGISTRY));
        List<Claim> quotes = quote.extract(new Document("t", text));
        assertEquals("ana-lind", quotes.get(0).claimant());
    }

    @Test
    void aGenderedPronounSkipsASpeakerTheTextMarkedWithTheOtherGender() {
        // A title marks the gender: "she" skips Mr Stam, the nearer speaker, for Ms Lind (H30).
        List<Claim> claims = extract("Ms Lind said the pier was closed. Mr Stam said the road was open."
                + " The bridge held, she said.");
        assertEquals("ana-lind", claims.get(2).claimant());
        // A pronoun resolved earlier marks it too: "he" tied to Stam, so the later "she" is Lind's.
        claims = extract("Ana Lind said the pier was closed. Bo Stam said the road was open, and he added that"
                + " the ferry was late. The bridge held, she said.");
        assertEquals("bo-stam", claims.get(2).claimant());
        assertEquals("ana-lind", claims.get(3).claimant());
        // Without any mark a name has no gender: "she" takes the nearest person (no list of first names).
        claims = extract("Ana Lind said the pier was closed. Bo Stam said the road was open. The bridge held, she"
                + " said.");
        assertEquals("bo-stam", claims.get(2).claimant());
        // A gendered role noun marks its person; a possessive pronoun before it marks nobody ("his spokeswoman").
        assertEquals(GenderMarks.FEMALE, GenderMarks.of("his spokeswoman"));
        assertEquals(GenderMarks.MALE, GenderMarks.of("the kremlin's spokesman"));
        assertEquals(GenderMarks.UNKNOWN, GenderMarks.of("ana lind"));
    }

    @Test
    void aTitleBeforeANameAndASurnameAloneNameThePerson() {
        // The registry lists a role entry "Harbour spokesman" and a person with no alias: "Harbour spokesman Pia
        // Holm" is Holm (a title comes before the name, H9), and "Holm" alone later is Holm too.
        ClaimantRegistry registry = new ClaimantRegistry(List.of(
                new Claimant("harbour-spokesman", "Harbour spokesman", List.of(), "person", Side.OTHER),
                new Claimant("pia-holm", "Pia Holm", List.of(), "person", Side.OTHER),
                new Claimant("coastal-government", "Coastal government", List.of(), "government", Side.OTHER),
                new Claimant("inland-officials", "Inland officials", List.of(), "anonymous-official", Side.OTHER)));
        CueExtractor cue = new CueExtractor();
        cue.prepare(ExtractionContext.of(registry));
        List<Claim> claims = cue.extract(new Document("t", "Harbour spokesman Pia Holm said the pier was closed."
                + " Holm said the ferries would resume on Monday."));
        assertEquals("pia-holm", claims.get(0).claimant());
        assertEquals("pia-holm", claims.get(1).claimant());
        // The longest title that names an entry still loses to the name after it.
        assertEquals("pia-holm", cue.extract(new Document("t", "Acting Harbour spokesman Pia Holm said the pier"
                + " was closed.")).get(0).claimant());
        // "<Country> officials" is that country's government (H31), not another group of officials.
        assertEquals("coastal-government", cue.extract(new Document("t", "Coastal officials said the pier was"
                + " closed.")).get(0).claimant());
    }

    @Test
    void aDescriptionTheArticleGaveASpeakerInAnAppositiveRefersBackToThatSpeaker() {
        // Both registry entries have the role "the governor"; the article called only Stam so, so "The governor"
        // is Stam even though Lind spoke last (H30).
        List<Claim> claims = extract("Bo Stam, the governor of the coast, said the pier was closed. Ana Lind said"
                + " the road was open. The governor added that the ferries were late.");
        assertEquals("bo-stam", claims.get(0).claimant());
        assertEquals("bo-stam", claims.get(2).claimant());
    }

    @Test
    void theSubjectOfANegatedSpeechVerbIsThePronounsNearestCandidate() {
        // "did not confirm" makes no claim, but "it" after it stands for the Coast Guard, not for RiverWatch.
        List<Claim> claims = attributed("RiverWatch said the port was shut. The Coast Guard did not confirm the"
                + " closure. In its evening update, it said two ferries had sailed.");
        assertEquals(2, claims.size());
        assertEquals("coast-guard", claims.get(1).claimant());
    }

    @Test
    void anAnonymousSourcesRoleBeforeItsPostmodifier() {
        // The registry lists the role "dock workers"; "Two dock workers familiar with the talks" and "dock
        // workers who attended the meeting" are that entry.
        ClaimantRegistry registry = new ClaimantRegistry(List.of(new Claimant("dockers", "Dockers of the port",
                List.of(), "person-group", Side.OTHER, List.of("two dock workers"))));
        CueExtractor cue = new CueExtractor();
        cue.prepare(ExtractionContext.of(registry));
        assertEquals("dockers", cue.extract(new Document("t", "Two dock workers familiar with the talks said the"
                + " strike would end.")).get(0).claimant());
        assertEquals("dockers", cue.extract(new Document("t", "Two dock workers who attended the meeting said the"
                + " strike would end.")).get(0).claimant());
    }

    @Test
    void theQuoteExtractorReadsAppositiveSubjectsForItsSpeakers() {
        // The quote extractor reads the sentences before a quotation only for who spoke, with the same subject
        // rules: "Bo Stam, the governor of the coast, said" makes "The governor" Stam's, and "he" after it too.
        QuoteExtractor quote = new QuoteExtractor();
        quote.prepare(ExtractionContext.of(REGISTRY));
        List<Claim> quotes = quote.extract(new Document("t", "Bo Stam, the governor of the coast, said the pier was"
                + " closed. Ana Lind said the road was open. The governor denied this. \"We are still open for"
                + " business,\" he said."));
        assertEquals(1, quotes.size());
        assertEquals("bo-stam", quotes.get(0).claimant());
    }
}
