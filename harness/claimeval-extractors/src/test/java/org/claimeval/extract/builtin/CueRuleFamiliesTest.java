package org.claimeval.extract.builtin;

import static org.claimeval.extract.builtin.CueExtractorTest.attributed;
import static org.claimeval.extract.builtin.CueExtractorTest.extract;
import static org.claimeval.extract.builtin.CueExtractorTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per construction family of the cue rules ({@link CueRules}, {@link QuotationRule},
 * {@link HeadlineSourceRule}, {@link ChannelNesting}), on sentences written for the test with the registry of
 * {@link CueExtractorTest}.
 */
class CueRuleFamiliesTest {
    @BeforeAll
    static void prepare() {
        CueExtractorTest.prepare();
    }

    @Test
    void accordingToRule() {
        Claim c = only("Two ferries were cancelled, according to the Daily Courier.");
        assertEquals("Two ferries were cancelled", c.text());
        assertEquals("according to", c.cue().text());
        assertEquals("daily-courier", c.claimant());
        // "as per X" is the same family, with the content after the source.
        assertEquals("the harbour stays closed", only("As per the Daily Courier, the harbour stays closed.").text());
    }

    @Test
    void channelAfterCueRule() {
        // "citing" after a cue names evidence of the claim before it: one claim, not two, and no channel.
        Claim c = only("Jane Roe said the levee broke at dawn, citing photographs from residents.");
        assertEquals("the levee broke at dawn", c.text());
        assertEquals("said", c.cue().text());
        assertEquals(List.of(), c.via());
        // "citing" a source: the source relayed the claim and is its channel (guideline 8).
        assertEquals(List.of("daily-courier"), only("Roe said the levee broke at dawn, citing the Daily Courier.").via());
    }

    @Test
    void referBackRule() {
        List<Claim> claims = extract("Four bridges were closed. This was reported by the Daily Courier.");
        assertEquals(1, claims.size());
        assertEquals("Four bridges were closed", claims.get(0).text());
        assertEquals("reported", claims.get(0).cue().text());
        assertEquals("daily-courier", claims.get(0).claimant());
    }

    @Test
    void postposedSourceRule() {
        Claim c = only("The curfew was lifted at noon, reported the Daily Courier.");
        assertEquals("The curfew was lifted at noon", c.text());
        assertEquals("daily-courier", c.claimant());
    }

    @Test
    void trailingCueRule() {
        Claim c = only("Nine villages lost power, the ministry said on Sunday.");
        assertEquals("Nine villages lost power", c.text());
        assertEquals("northland-interior-ministry", c.claimant());
        assertEquals("the ministry", c.claimantMention().text());
    }

    @Test
    void complementRule() {
        Claim that = only("Jane Roe stated that the reservoir was half empty.");
        assertEquals("the reservoir was half empty", that.text());
        // Without "that", the object and its complement are the content ("described X as Y").
        Claim described = only("Roe described the blackout as a deliberate act.");
        assertEquals("the blackout as a deliberate act", described.text());
    }

    @Test
    void quotationRule() {
        List<Claim> claims = extract("“The dam will hold,” Roe said. “Nobody needs to leave.”");
        assertEquals(2, claims.size());
        assertEquals("The dam will hold", claims.get(0).text());
        assertEquals(QuoteKind.DIRECT, claims.get(0).quote());
        assertEquals("said", claims.get(0).cue().text());
        // The quotation after it has no cue: the same speaker, implicit.
        assertEquals(Attribution.IMPLICIT, claims.get(1).attribution());
        assertEquals("jane-roe", claims.get(1).claimant());
        assertNull(claims.get(1).cue());
        // A question or an appeal in quotation marks asserts nothing.
        assertTrue(extract("“Will the dam hold?” Roe asked reporters.").isEmpty());
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneClaim() {
        // Guideline H27: the first paragraph ends inside the quotation, the next opens with a mark and ends with
        // the only cue. One claim from the first quoted word to the last, the paragraph break inside it.
        String cueAtEnd = "Roe spoke after the vote.\n\n\"The levee was built too low. Nobody listened.\n\n"
                + "\"We will raise it by a metre this winter,\" she said.";
        List<Claim> claims = extract(cueAtEnd);
        Claim c = claims.get(claims.size() - 1);
        assertEquals("The levee was built too low. Nobody listened.\n\n\"We will raise it by a metre this winter",
                c.text());
        assertEquals("said", c.cue().text());
        assertEquals(QuoteKind.DIRECT, c.quote());
        // The cue before the quotation: the same one claim, now with curly marks.
        Claim atStart = only("Jane Roe said: “The levee was built too low.\n\n“We will raise it this winter.”");
        assertEquals("The levee was built too low.\n\n“We will raise it this winter", atStart.text());
        assertEquals("jane-roe", atStart.claimant());
        // The quote extractor reads the same block.
        List<Claim> quotes = QuoteExtractorTest.extract(cueAtEnd);
        assertEquals(1, quotes.size());
        assertEquals(c.text(), quotes.get(0).text());
        // A closed quotation followed by a paragraph that opens another is two quotations, not one.
        List<Claim> two = extract("\"The levee held,\" Roe said.\n\n\"The pumps failed,\" the ministry said.");
        assertEquals(List.of("The levee held", "The pumps failed"), two.stream().map(Claim::text).toList());
    }

    @Test
    void theListenerOfTellIsNotContent() {
        // "told reporters", "told the Daily Courier" (a registry name), "told a news conference": the listener
        // goes; a second capitalised word that is no known name with the first starts the content.
        assertEquals("the dam was safe", only("Jane Roe told reporters the dam was safe.").text());
        Claim toOutlet = only("Roe told the Daily Courier the dam was safe.");
        assertEquals("the dam was safe", toOutlet.text());
        // The outlet told is the claim's channel (guideline 10); reporters are no registry outlet.
        assertEquals(List.of("daily-courier"), toOutlet.via());
        assertEquals(List.of(), only("Jane Roe told reporters that the dam was safe.").via());
        assertEquals("the dam was safe", only("Roe told a news conference the dam was safe.").text());
        assertEquals("Northville had lost two dams", only("Roe told Westland radio Northville had lost two dams.").text());
        assertEquals("Northville had lost two dams", only("Roe told Reuters Northville had lost two dams.").text());
        // Media nouns and names with digits: "the news site Coast24", "our correspondent".
        assertEquals("the dam was safe", only("Roe told the news site Coast24 the dam was safe.").text());
        assertEquals("the dam was safe", only("Roe told our correspondent the dam was safe.").text());
        assertEquals("the dam was safe", only("Roe told reporters this week that the dam was safe.").text());
    }

    @Test
    void aParticipleInAnAppositiveIntroducesWhatFollowsIt() {
        // "Roe, dismissing X as Y, said Z": two claims, "X as Y" (H25) and Z; never the subject as content.
        List<Claim> claims = extract("Roe, dismissing the report as rumour, said the army was in control.");
        assertEquals(List.of("the report as rumour", "the army was in control"),
                claims.stream().map(Claim::text).toList());
    }

    @Test
    void aCueInARelativeClauseOfItsObjectMakesNoClaim() {
        // Guideline H28: "a breach that the Daily Courier had reported for weeks" comments on the breach.
        assertTrue(extract("Rescuers found a breach that the Daily Courier had reported for weeks.").isEmpty());
        // A complement clause after "that" is still a claim.
        assertEquals("heavy losses", extract("Roe said that the Daily Courier reported heavy losses.").get(0).text());
    }

    @Test
    void aChannelBetweenTheCueAndItsContent() {
        // "said, citing X, that Y": Y is the content of "said"; "citing" makes no claim of its own.
        Claim c = only("Roe said, citing preliminary data, that 300 homes were flooded.");
        assertEquals("300 homes were flooded", c.text());
        assertEquals("said", c.cue().text());
    }

    @Test
    void aBareReferentObjectIsNoClaim() {
        // Rule 5: "denied the report" names a referent and asserts nothing; "denied that X" asserts X; an object
        // with a figure or an "of" phrase states a situation.
        assertTrue(extract("The Interior Ministry denied the report.").isEmpty());
        assertEquals("its units had withdrawn", only("The Interior Ministry denied that its units had withdrawn.").text());
        assertEquals("the deaths of 12 people", only("The Interior Ministry confirmed the deaths of 12 people.").text());
    }

    @Test
    void aHeadlineLabelIsNeitherSourceNorContent() {
        Claim c = only("LIVE: Floods cut off three villages, Roe says\n\nBody text without cues.");
        assertEquals("Floods cut off three villages", c.text());
        assertEquals("jane-roe", c.claimant());
        assertTrue(extract("Analysis: Why the levee failed\n\nBody text without cues.").isEmpty());
    }

    @Test
    void reportingVerbsByClass() {
        // One sentence per class of the lexicon: reply, admission, estimate, stance, characterisation, blame,
        // denial. Each is one claim of Roe with the complement as content.
        assertEquals("the pumps were working", only("Roe replied that the pumps were working.").text());
        assertEquals("the alarm came late", only("Roe confessed that the alarm came late.").text());
        assertEquals("the repairs would cost 40 million", only("Roe reckoned the repairs would cost 40 million.").text());
        assertEquals("the water would recede by Friday", only("Roe expected that the water would recede by Friday.").text());
        assertEquals("the flood as a national emergency", only("Roe characterised the flood as a national emergency.").text());
        assertEquals("the contractor for the collapse", only("Roe blamed the contractor for the collapse.").text());
        assertEquals("any boats had sunk", only("Roe disputed that any boats had sunk.").text());
        // Stance: "thinks", "fears that" (guideline H40: a source's stance verb with a clause is a cue).
        assertEquals("the dam will hold", only("Roe thinks the dam will hold.").text());
        assertEquals("more boats have sunk", only("Roe fears that more boats have sunk.").text());
        // Without their frame these verbs name no claim: "disputed the figures", "is expected to".
        assertTrue(extract("Roe disputed the figures.").isEmpty());
        assertTrue(extract("The bridge is expected to reopen on Monday.").isEmpty());
        // Negation with "yet" in between: no claim of the ministry (that it did not confirm is the author's, OTHER).
        assertTrue(attributed("The Interior Ministry has not yet confirmed that the dam broke.").isEmpty());
    }

    @Test
    void whereAndWhenAreNotContent() {
        // A closing cue followed by prepositional phrases only: the content is the clause before the source.
        Claim c = only("Families will receive 500 crowns each, Jane Roe announced at a meeting of the regional"
                + " council on Friday.");
        assertEquals("Families will receive 500 crowns each", c.text());
        // A participle with only a place phrase after it ("writing on a blog,") introduces nothing.
        List<Claim> claims = extract("Writing in the Daily Courier last month, Roe argued that the dam was too low.");
        assertEquals(List.of("the dam was too low"), claims.stream().map(Claim::text).toList());
    }

    @Test
    void anAppositiveCommentEndsTheContentBeforeIt() {
        // "..., a shortfall that the Daily Courier had reported for weeks": the author's comment (H28), outside the
        // content of "put" and no claim of its own.
        Claim c = only("Roe put the damage at 40 million crowns, a shortfall that the Daily Courier had reported for"
                + " weeks.");
        assertEquals("the damage at 40 million crowns", c.text());
    }

    @Test
    void liveBlogAndWireNoise() {
        // An emoji before a claim is not part of its content (H26).
        assertEquals("Rescuers pulled 12 people from the water", only("🔴 Rescuers pulled 12 people from the water,"
                + " the Interior Ministry said.").text());
        // A live blog's time before the subject is not part of the mention.
        Claim timed = only("14:32 The Interior Ministry says two boats sank.");
        assertEquals("The Interior Ministry", timed.claimantMention().text());
        // "went on to say": the subject stands before the governing verb; a bare day after the cue is no content.
        assertEquals("Roe", only("Roe went on to say that the harbour would reopen.").claimantMention().text());
        assertEquals("the harbour would reopen", only("Roe said Monday the harbour would reopen.").text());
        // "remarks" as a noun is no cue: only "said" makes a claim.
        Claim c = only("In remarks broadcast on state television, Roe said the harbour would reopen.");
        assertEquals("said", c.cue().text());
        // A participle phrase after the source's head is not part of the mention (H34).
        assertEquals("Officials", only("Officials speaking on condition of anonymity said the harbour would reopen.")
                .claimantMention().text());
    }

    @Test
    void directivesInReportedSpeechAreNoClaims() {
        // Guideline 4: an obligation asks for an act ("must leave", "should stay"); "must have" concludes about
        // the past and is asserted.
        assertTrue(extract("Roe said residents must leave immediately.").isEmpty());
        assertTrue(extract("Roe said that everyone should stay indoors.").isEmpty());
        assertEquals("the pumps must have failed overnight", only("Roe said the pumps must have failed overnight.").text());
    }

    @Test
    void oneCueWithTwoCoordinatedClausesIsOneClaim() {
        // Rule 5: "said X and that Y" has one cue; the later "that" does not cut X off.
        assertEquals("the pumps had failed and that the levee was holding",
                only("The Interior Ministry said the pumps had failed and that the levee was holding.").text());
    }

    @Test
    void accordingToAfterAQuotationNamesItsChannel() {
        // '"...," X said, according to Z': X's quotation, relayed by Z (via), not a second claim of Z.
        Claim c = only("\"The levee is holding,\" Roe said on Thursday, according to the Daily Courier.");
        assertEquals("The levee is holding", c.text());
        assertEquals("jane-roe", c.claimant());
        assertEquals(List.of("daily-courier"), c.via());
    }

    @Test
    void aParticipleCallingFrameEndsTheDenialBeforeIt() {
        // "X denied that Y, calling Z "W"": two claims of X's, Y (H25: "denied that X" is a claim with content X)
        // and the frame "calling Z W" (H25: content from Z to the end of W).
        List<Claim> claims = extract("Roe denied that the levee had failed, calling the report \"a fabrication\".");
        assertEquals(List.of("the levee had failed", "the report \"a fabrication"),
                claims.stream().map(Claim::text).toList());
        assertEquals(List.of("jane-roe", "jane-roe"), claims.stream().map(Claim::claimant).toList());
    }

    @Test
    void aQuotationWithAClosingDashCueIsOneClaimOfThatSpeaker() {
        // A live-blog entry headed "'...' – Speaker" after another speaker's claim: the quotation is claimed once,
        // by the dash cue's speaker, not also as a continuation of the speaker before it.
        List<Claim> claims = extract("The Interior Ministry said the pumps had failed.\n\n\"We are not leaving\" – Roe\n");
        assertEquals(List.of("the pumps had failed", "We are not leaving"), claims.stream().map(Claim::text).toList());
        assertEquals("jane-roe", claims.get(1).claimant());
    }

    @Test
    void aGuestsTurnInATranscriptIsOneClaimThePresentersTurnIsTheAuthors() {
        // H37: the label is the speaker (title and description left out), the colon the cue, the whole turn the
        // content; the presenter speaks for the outlet, so only the cue inside the turn makes a claim; a question or
        // a greeting is no claim.
        List<Claim> claims = extract("""
                PRESENTER: Good evening. The Interior Ministry says the pumps have failed.
                SERGEANT ANA LIND (translated): The water came in at night. We lost two boats.
                DAVID ROE, harbour engineer: The levee will hold.
                PRESENTER: Will it hold?
                DAVID ROE, harbour engineer: Thank you.
                ANA LIND, our correspondent: The harbour is quiet tonight.
                """);
        assertEquals(List.of("the pumps have failed", "The water came in at night. We lost two boats",
                "The levee will hold"), claims.stream().map(Claim::text).toList());
        assertEquals(List.of("says", ":", ":"), claims.stream().map(c -> c.cue().text()).toList());
        assertEquals("ANA LIND", claims.get(1).claimantMention().text());
        assertEquals("DAVID ROE", claims.get(2).claimantMention().text());
    }

    @Test
    void foundThatIsACueFoundAloneIsNot() {
        // A report's or an inquiry's finding is attributed to it ("the inquiry found that X"); "found" without
        // "that" reports an event, not a statement.
        Claim c = only("The Daily Courier found that the levee had been neglected for years.");
        assertEquals("the levee had been neglected for years", c.text());
        assertEquals("daily-courier", c.claimant());
        assertTrue(extract("Divers found two bodies near the pier.").isEmpty());
    }

    @Test
    void aReportCitingSomeoneAsSayingRelaysTheirClaim() {
        // "Z cited X as saying Y" is read like "Z quoted X as saying Y" (guideline 8): X's claim, Z in via.
        Claim c = only("The Daily Courier cited Roe as saying the levee was holding.");
        assertEquals("the levee was holding", c.text());
        assertEquals("jane-roe", c.claimant());
        assertEquals(List.of("daily-courier"), c.via());
    }

    @Test
    void accordingToAfterAnAttributedClauseKeepsThatClausesClaim() {
        // "X said Y, according to Z": the claim is Y, X's; Z relays it (via), or adds nothing when it is X's own
        // statement.
        Claim relayed = only("Roe said the levee was holding, according to the Daily Courier.");
        assertEquals("the levee was holding", relayed.text());
        assertEquals("jane-roe", relayed.claimant());
        assertEquals(List.of("daily-courier"), relayed.via());
        Claim own = only("The Interior Ministry said the pumps had failed, according to a statement.");
        assertEquals("the pumps had failed", own.text());
        assertEquals(List.of(), own.via());
    }

    @Test
    void aSentenceInitialAdverbIsNeverPartOfTheSource() {
        // "Meanwhile Roe", "Separately officials": the adverb names nobody, with or without a comma.
        Claim named = only("Meanwhile Roe said the dam held.");
        assertEquals("jane-roe", named.claimant());
        assertEquals("Roe", named.claimantMention().text());
        assertEquals("officials", only("Separately officials said two boats sank.").claimant());
        // A participle clause before the subject is no content: the content follows the cue.
        Claim c = only("Speaking to reporters, Roe said the dam held.");
        assertEquals("the dam held", c.text());
        // A closing cue still takes the clause before it when only a time or place phrase follows.
        assertEquals("The dam held", only("The dam held, Roe said in a statement.").text());
        assertEquals("The dam held", only("The dam held, Roe said the next day.").text());
        assertEquals("The dam held", only("The dam held, Roe added two days later.").text());
    }

    @Test
    void asClauseRule() {
        // "As X said, Y" and "Y, as X said": the content is the main clause on the other side of the comma.
        Claim leading = only("As the Interior Ministry said on Monday, the dam held.");
        assertEquals("the dam held", leading.text());
        assertEquals("northland-interior-ministry", leading.claimant());
        assertEquals("The dam held", only("The dam held, as Roe had predicted.").text());
        // "as per X's estimates" is a source phrase, not an "as" clause.
        assertEquals("as per", only("Two bridges fell, as per the Daily Courier's estimates.").cue().text());
    }

    @Test
    void warnedOfNamesTheDanger() {
        assertEquals("more floods", only("Roe warned of more floods after the weekend.").text().replace(" after the weekend", ""));
    }

    @Test
    void possessiveCueRule() {
        // Nominal cues (H25): "By X's estimate, Y", "In X's view, Y", "Y, by X's count": cue the noun, mention
        // the possessor, content the clause across the comma.
        Claim by = only("By the Daily Courier's estimate, 300 homes were flooded.");
        assertEquals("300 homes were flooded", by.text());
        assertEquals("estimate", by.cue().text());
        assertEquals("daily-courier", by.claimant());
        assertEquals("the Daily Courier", by.claimantMention().text());
        assertEquals("the dam will hold", only("In Roe's view, the dam will hold.").text());
        assertEquals("300 homes were flooded", only("300 homes were flooded, by the Daily Courier's count.").text());
        // A possessed noun that opens no such phrase names a referent, no claim.
        assertTrue(extract("Roe's estimates were too low.").isEmpty());
    }

    @Test
    void headlineSourceRule() {
        Claim c = only("Grain prices rise for a third week: Roe\n\nBody text without cues.");
        assertEquals("Grain prices rise for a third week", c.text());
        assertEquals(":", c.cue().text());
        assertEquals("jane-roe", c.claimant());
    }

    @Test
    void channelNesting() {
        Claim c = only("Local farmers have claimed heavy crop losses, the Daily Courier reported.");
        assertEquals("heavy crop losses", c.text());
        assertEquals("Local farmers", c.claimant());
        assertEquals(List.of("daily-courier"), c.via());
    }

    @Test
    void quotedAsSayingGivesTheClaimToTheSpeakerAndTheReportToVia() {
        // Active: the outlet quoted the speaker.
        Claim active = only("The Daily Courier quoted Jane Roe as saying that the pier had collapsed.");
        assertEquals("the pier had collapsed", active.text());
        assertEquals("jane-roe", active.claimant());
        assertEquals("saying", active.cue().text());
        assertEquals(List.of("daily-courier"), active.via());
        // Passive: the speaker is the subject, the outlet follows "by", even past a participle phrase.
        Claim passive = only("Jane Roe was quoted by the Daily Courier as saying the pier had collapsed.");
        assertEquals("jane-roe", passive.claimant());
        assertEquals(List.of("daily-courier"), passive.via());
        assertEquals("the pier had collapsed", passive.text());
        Claim participle = only("Roe, speaking from the harbour office, was quoted by the Daily Courier as saying"
                + " the pier had collapsed.");
        assertEquals("jane-roe", participle.claimant());
        assertEquals(List.of("daily-courier"), participle.via());
    }

    @Test
    void interruptingCueRule() {
        // The subject and cue stand between two commas inside the content: one span across them.
        Claim c = only("Most of the new ferries, the ministry estimated, were built abroad.");
        assertEquals("Most of the new ferries, the ministry estimated, were built abroad", c.text());
        assertEquals("estimated", c.cue().text());
        assertEquals("northland-interior-ministry", c.claimant());
        // Guideline H41: an adverbial alone before the source and cue is fronted; the span starts after the cue.
        assertEquals("the water had fallen by a metre", only("By Friday, Roe said, the water had fallen by a metre.")
                .text());
    }

    @Test
    void agentlessPassiveRule() {
        List<Claim> claims = extract("Jane Roe said the road was open. It was reported that two lorries had"
                + " overturned. Several barges were said to have sunk near the weir.");
        assertEquals(List.of("the road was open", "two lorries had overturned",
                "Several barges were said to have sunk near the weir"), claims.stream().map(Claim::text).toList());
        // No source is named: the claims go to the source being relayed, without a mention.
        assertEquals("jane-roe", claims.get(1).claimant());
        assertNull(claims.get(1).claimantMention());
        assertEquals("said", claims.get(2).cue().text());
        // A passive that only records what happened is still no claim.
        assertTrue(extract("The figures were confirmed later.").isEmpty());
        // "It was reported at the meeting that X": the body that held the meeting, named earlier, not the last
        // person who spoke (H24).
        claims = attributed("Ministers met at a meeting of the Interior Ministry on Monday. Jane Roe said the road was"
                + " open. It was reported at the meeting that two bridges had closed.");
        assertEquals("two bridges had closed", claims.get(1).text());
        assertEquals("northland-interior-ministry", claims.get(1).claimant());
        assertNull(claims.get(1).claimantMention());
        // A meeting whose host names no source leaves the claim to the source being relayed.
        claims = extract("Villagers held a meeting of the parish on Monday. Jane Roe said the road was open. It was"
                + " reported at the meeting that two bridges had closed.");
        assertEquals("jane-roe", claims.get(1).claimant());
    }

    @Test
    void framesNeedTheirComplement() {
        assertEquals("the damage at 40 million crowns",
                only("The ministry put the damage at 40 million crowns.").text());
        assertEquals("the report as \"fiction", only("Roe dismissed the report as \"fiction\".").text());
        assertEquals("the plan \"a gamble", only("Roe called the plan \"a gamble\".").text());
        // Without "as", "at" or a quotation the same verbs name a bare referent or another verb: no claim.
        assertTrue(extract("Roe dismissed the report.").isEmpty());
        assertTrue(extract("Roe called for calm.").isEmpty());
        assertTrue(extract("The ministry put the plan on hold.").isEmpty());
    }

    @Test
    void barePerNamesASourceOnlyAtAClauseStart() {
        Claim c = only("Per the Daily Courier, the harbour stays closed.");
        assertEquals("the harbour stays closed", c.text());
        assertEquals("Per", c.cue().text());
        assertTrue(attributed("Tickets cost 40 crowns per person.").isEmpty()); // the author's fact, no source
    }

    @Test
    void infinitivesAndQuestionsAreNotClaims() {
        assertTrue(extract("Roe urged residents to report strangers to the police.").isEmpty());
        assertTrue(extract("Did the ministry say that the dam was safe?").isEmpty());
    }

    @Test
    void headlineSpeakerFirstLabelsAndQuestions() {
        Claim c = only("Roe: the harbour will reopen next week\n\nBody text without cues.");
        assertEquals("the harbour will reopen next week", c.text());
        assertEquals("jane-roe", c.claimant());
        assertEquals(":", c.cue().text());
        assertTrue(extract("Analysis: Can the harbour reopen?\n\nBody text without cues.").isEmpty());
        assertTrue(extract("LIVE: Storm over the coast – latest updates\n\nBody text.").isEmpty());
    }

    @Test
    void bylinesCreditsAndTimestampsAreNeverClaims() {
        String text = "Harbour reopens, Roe says\n\nBy Jane Doe | 4 May\n\nPhoto: Daily Courier\n\n09:42 GMT\n\n"
                + "Updated 4 May at 10:00\n\nKey points\n\nThe harbour reopened, Roe said.";
        assertEquals(List.of("Harbour reopens", "The harbour reopened"), extract(text).stream().map(Claim::text).toList());
        List<Claim> sentences = new SentenceExtractor().extract(new org.claimeval.model.Document("t", text));
        assertEquals(List.of("Harbour reopens, Roe says", "The harbour reopened, Roe said"),
                sentences.stream().map(Claim::text).toList());
        // A caption without a label is known by the credit line right below it, in any extractor; the line below
        // a credit is the article's own.
        String captioned = "Harbour reopens, Roe says\n\nCranes stand idle at the harbour on Monday.\n\n"
                + "Photo: Daily Courier\n\nThe harbour reopened, Roe said.";
        assertEquals(List.of("Harbour reopens, Roe says", "The harbour reopened, Roe said"),
                new SentenceExtractor().extract(new org.claimeval.model.Document("t", captioned)).stream()
                        .map(Claim::text).toList());
        String below = "Harbour reopens, Roe says\n\nImage: Daily Courier\n\nThe harbour reopened, Roe said.";
        assertEquals(2, new SentenceExtractor().extract(new org.claimeval.model.Document("t", below)).size());
    }

    @Test
    void datelinesAndTheAuthorsAppositivesAreNotContent() {
        assertEquals("Two ferries sank overnight",
                only("NORTHVILLE (DCW) – Two ferries sank overnight, the ministry said.").text());
        assertEquals("Two ferries sank overnight",
                only("Northville, May 4 (DCW) Two ferries sank overnight, the ministry said.").text());
        // ", a claim the harbour master denied" is the author's comment on the claim, not part of it.
        assertEquals("two ferries had sunk",
                only("The ministry said that two ferries had sunk, a claim the harbour master denied.").text());
    }

    @Test
    void aNominalCueWithAThatClause() {
        // "X's claim that Y" (H42): the noun is the cue, the possessor the source, the that-clause the content.
        Claim c = only("Northville rejected the ministry's claim that 30 officers were hurt in the riot.");
        assertEquals("30 officers were hurt in the riot", c.text());
        assertEquals("claim", c.cue().text());
        assertEquals("northland-interior-ministry", c.claimant());
        assertEquals("the ministry", c.claimantMention().text());
        c = only("Roe's assertion that the levee would hold proved wrong.");
        assertEquals("jane-roe", c.claimant());
        assertEquals("assertion", c.cue().text());
        assertTrue(c.text().startsWith("the levee would hold"), c.text());
        // The noun without a that-clause names no content: no claim ("the ministry's claims were disputed").
        assertEquals(List.of(), extract("The ministry's claims were disputed by residents."));
        assertEquals(List.of(), extract("Roe's statement was short."));
    }

    @Test
    void theArticlesOwnOutletIsNeverAChannel() {
        // Another outlet told is a channel (H12) ...
        assertEquals(List.of("daily-courier"), only("Jane Roe told the Daily Courier that the dam held.").via());
        // ... the article's own, named by its byline or wire dateline, is the author (H39).
        assertEquals(List.of(), extract("By Anna Berg, Daily Courier\n\nJane Roe told the Daily Courier that the"
                + " dam held.").get(0).via());
        assertEquals(List.of(), extract("NORTHVILLE (Daily Courier) - Jane Roe told the Daily Courier that the dam"
                + " held.").get(0).via());
    }

    @Test
    void aQuestionHeadlineIsNoClaimItsAnswerLineIsJudgedOnItsOwn() {
        // H43: the question asserts nothing; the elliptical answer with its source is a claim of its own words.
        List<Claim> claims = extract("Will the dam hold?\n\nOnly until spring, engineers say\n\nThe river rose.");
        assertEquals(1, claims.size(), () -> "claims: " + claims);
        assertEquals("Only until spring", claims.get(0).text());
        assertEquals("say", claims.get(0).cue().text());
    }

    @Test
    void aSubjectWithAnAppositiveOrRelativeClauseBeforeItsCue() {
        // "X, the spokesman for Y, said Z", "X, who ..., said Z", "The governor, X, said Z": the source comes first
        // and the content follows the cue; the mention is the name (H9).
        Claim c = only("Jane Roe, the spokeswoman for the northern command, said two bridges had collapsed.");
        assertEquals("two bridges had collapsed", c.text());
        assertEquals("jane-roe", c.claimant());
        assertEquals("Jane Roe", c.claimantMention().text());
        c = only("Jane Roe, who has led the inquiry since May, said the levee was never inspected.");
        assertEquals("the levee was never inspected", c.text());
        assertEquals("jane-roe", c.claimant());
        c = only("The inquiry's chair, Jane Roe, said the levee was never inspected.");
        assertEquals("jane-roe", c.claimant());
        assertEquals("Jane Roe", c.claimantMention().text());
        // The other order: a content before the cue and a source with its appositive after it.
        c = only("The levee was never inspected, said Jane Roe, the inquiry's chair.");
        assertEquals("The levee was never inspected", c.text());
        assertEquals("jane-roe", c.claimant());
    }

    @Test
    void factCheckLinesClaimAndVerdict() {
        // H45: "Claim: X" is a claim of the source that spread X, cue the label word, no mention; the verdict line
        // is the author's rating and never a claim.
        List<Claim> claims = extract("Jane Roe wrote that the dam had burst.\n\nClaim: The dam at the weir burst on"
                + " Sunday.\n\nVerdict: False.");
        assertEquals(2, claims.size(), () -> "claims: " + claims);
        Claim checked = claims.get(1);
        assertEquals("The dam at the weir burst on Sunday", checked.text());
        assertEquals("Claim", checked.cue().text());
        assertEquals("jane-roe", checked.claimant());
        assertNull(checked.claimantMention());
    }

    @Test
    void aSpeakerLabelBeforeAQuotation() {
        // 'Speaker: "quotation"' is "Speaker: content" (H26) with the content quoted: cue the colon, even after an
        // emoji and when another source spoke before.
        List<Claim> claims = extract("Jane Roe said the road was open.\n\n\uD83D\uDCCD Interior Ministry: \"We are not"
                + " leaving the port\"\n\nThe river fell.");
        Claim c = claims.get(1);
        assertEquals("We are not leaving the port", c.text());
        assertEquals(":", c.cue().text());
        assertEquals("northland-interior-ministry", c.claimant());
        assertEquals(Attribution.EXPLICIT, c.attribution());
    }

    @Test
    void aQuotationHeadlineWithADescribedSpeaker() {
        // H49: '"quotation": a description on a topic' gives the quotation to the description, cue the colon.
        Claim c = only("\"We will rebuild by spring\": the ministry on life after the flood\n\nThe river fell.");
        assertEquals("We will rebuild by spring", c.text());
        assertEquals(":", c.cue().text());
        assertEquals("northland-interior-ministry", c.claimant());
        assertEquals("the ministry", c.claimantMention().text());
        assertEquals(Attribution.EXPLICIT, c.attribution());
    }

    @Test
    void theAuthorsCommentAfterAContentAndASubjectThatDeniesAnySource() {
        // H50: ", without giving a number" and ", a figure no other source has confirmed" are the author's
        // comments; "no other source has confirmed" names no source and makes no claim, not even a channel.
        Claim c = only("Jane Roe said 40 boats sank, without giving a breakdown.");
        assertEquals("40 boats sank", c.text());
        c = only("Jane Roe said 40 boats sank, a figure no other source has confirmed.");
        assertEquals("40 boats sank", c.text());
        assertEquals(List.of(), c.via());
        assertEquals(List.of(), extract("Nobody has confirmed that the dam burst."));
    }

    @Test
    void aHeadlineSemicolonSeparatesTwoItems() {
        List<Claim> claims = extract("Northland says it has reopened the port; Roe says ferries are still idle\n\nThe"
                + " river fell.");
        assertEquals(List.of("it has reopened the port", "ferries are still idle"),
                claims.stream().map(Claim::text).toList());
        assertEquals("northland-government", claims.get(0).claimant());
        assertEquals("jane-roe", claims.get(1).claimant());
    }

    @Test
    void reportingFormsThatModifyANounOrFollowAPluralSubject() {
        // "the largest reported gain": a participle after a superlative modifies the noun, no cue.
        Claim c = only("Northland took the port, the Interior Ministry said, in what would be its largest reported"
                + " gain since May.");
        assertEquals("said", c.cue().text());
        // "officials estimate that X": the ambiguous form before "that" is a verb here, as the tagger tells.
        c = only("Northville officials estimate that about 2,000 people remain in the town.");
        assertEquals("about 2,000 people remain in the town", c.text());
        // "according to an estimate published on Sunday by X": the agent after "by" is the source.
        c = only("About 60 villages are still cut off, according to an estimate published on Sunday by the Daily"
                + " Courier.");
        assertEquals("daily-courier", c.claimant());
    }

    @Test
    void aTrailingSourceWithItsDescriptionIsNotContent() {
        // "X, the head of Y, Jane Roe, said" and "X, Jane Roe, the head of Y, said": name and description are one
        // source; a list before the source stays in the content.
        assertEquals("Two ferries sank", only("Two ferries sank, the head of the port authority, Jane Roe, said on"
                + " Friday.").text());
        assertEquals("Two ferries sank", only("Two ferries sank, Jane Roe, the head of the port authority, said.")
                .text());
        assertEquals("Floods hit the town, the bridge", only("Floods hit the town, the bridge, the Interior Ministry"
                + " said.").text());
    }

    @Test
    void politicalNewsAttribution() {
        // Anonymous sources with a participle of the source after the cue: the content is the clause before.
        Claim c = only("The talks had collapsed, a senior official said, speaking on condition of anonymity.");
        assertEquals("The talks had collapsed", c.text());
        assertEquals("a senior official", c.claimantMention().text());
        assertEquals("The talks had collapsed", only("The talks had collapsed, a senior official said on Monday,"
                + " declining to give details.").text());
        // "according to people familiar with the matter", a fronted occasion, "X, 54, said", "in a statement".
        assertEquals("The deal was close", only("The deal was close, according to two people familiar with the"
                + " discussions.").text());
        assertEquals("the bridge was destroyed", only("In a post on Telegram, Jane Roe said the bridge was"
                + " destroyed.").text());
        assertEquals("the offensive had stalled", only("Roe, 54, said the offensive had stalled.").text());
        assertEquals("the bridge was destroyed", only("Roe said in a statement that the bridge was destroyed.")
                .text());
        // Content first and the cue at the end with an interview as the occasion.
        c = only("The bridge was destroyed by a drone, Roe said in an interview with the Daily Courier on Monday.");
        assertEquals("The bridge was destroyed by a drone", c.text());
        assertEquals("jane-roe", c.claimant());
        // Two speakers contrasted in one sentence: two claims.
        List<Claim> claims = extract("Roe insisted the bridge was intact, while the Interior Ministry claimed it"
                + " had been destroyed.");
        assertEquals(List.of("the bridge was intact", "it had been destroyed"), claims.stream().map(Claim::text)
                .toList());
        // "gave no details": a noun after a verb of giving, even at the clause end, is no cue.
        assertEquals(1, extract("Roe said the pier was closed but gave no details.").size());
    }

    @Test
    void aCorrespondentsBareLabelLaterIsStillTheOutletsVoice() {
        // H37: "ANNA BERG, correspondent:" marks Berg as the outlet's; her later "ANNA BERG:" turn is the author's,
        // and the cues inside it make their usual claims. On-screen lines in brackets are captions.
        List<Claim> claims = extract("[On screen: THE PORT]\n\nANNA BERG, correspondent: The port is quiet.\n\n"
                + "ANNA BERG: Jane Roe said two ferries had sunk.");
        assertEquals(1, claims.size(), () -> "claims: " + claims);
        assertEquals("two ferries had sunk", claims.get(0).text());
        assertEquals("jane-roe", claims.get(0).claimant());
    }

    @Test
    void theAuthorsPrepositionalCommentAfterATrailingCue() {
        Claim c = only("Northland took the port, the Interior Ministry said on Tuesday, in what would be its"
                + " biggest gain since May.");
        assertEquals("Northland took the port", c.text());
    }

    @Test
    void wireAndCourtReportShapes() {
        // A plain-text wire dateline with a hyphen is never content (H8).
        assertEquals("Two ferries sank on Monday", only("NORTHVILLE (Daily Courier) - Two ferries sank on Monday,"
                + " the Interior Ministry said.").text());
        assertEquals("Two ferries sank on Monday", only("NORTHVILLE - Two ferries sank on Monday, the Interior"
                + " Ministry said.").text());
        // A participle phrase between the subject and its cue is the subject's.
        Claim c = only("Jane Roe, speaking on condition of anonymity, said the port could reopen in May.");
        assertEquals("the port could reopen in May", c.text());
        assertEquals("jane-roe", c.claimant());
        // "told jurors", "told a jury": the listener is no content.
        assertEquals("the recordings were genuine", only("Jane Roe told jurors the recordings were genuine.").text());
    }

    @Test
    void politicalNewsSubjectsListenersAndObjects() {
        // "add" with an object adds a thing, not words: one claim of the source after the content.
        Claim c = only("The bill would extend funding and add $4 billion in aid, the Interior Ministry said.");
        assertEquals("The bill would extend funding and add $4 billion in aid", c.text());
        // A relative clause between the subject and its cue without commas: the antecedent speaks.
        List<Claim> claims = extract("Roe said the vote was close, but two members of her party who spoke to the"
                + " Daily Courier said the bill would pass.");
        assertEquals("the bill would pass", claims.get(claims.size() - 1).text());
        assertEquals("two members of her party", claims.get(claims.size() - 1).claimantMention().text());
        // A trailing cue with its listener and a time clause.
        assertEquals("The mayor took bribes", only("The mayor took bribes, Jane Roe told a jury on Monday as the"
                + " trial opened.").text());
    }

    @Test
    void aTranscriptTurnWithoutItsGreetingTopicLabelOrRefusal() {
        List<Claim> claims = extract("JANE ROE, mayor: Good morning. Our negotiators reached a deal on wages.\n\n"
                + "JANE ROE: On the audit: the auditor found errors in 11 contracts.\n\nJANE ROE: I can't comment on"
                + " that. Thank you all.");
        assertEquals(List.of("Our negotiators reached a deal on wages", "the auditor found errors in 11 contracts"),
                claims.stream().map(Claim::text).toList());
    }

    @Test
    void framesWithAQuotedComplementAndDocumentsSeenByTheOutlet() {
        // 'called the reports "a fabrication"': the content runs from the object to the quotation's end (H25).
        Claim c = only("Jane Roe called the reports \"a crude fabrication\" on Tuesday.");
        assertEquals("the reports \"a crude fabrication", c.text());
        assertEquals(QuoteKind.PARTIAL, c.quote());
        // Two speakers joined by ", but": each keeps its own claim.
        List<Claim> claims = extract("Jane Roe said on Tuesday that the plan \"has not changed\", but two members of"
                + " her party who spoke to the Daily Courier said a vote was likely.");
        assertEquals(List.of("the plan \"has not changed", "a vote was likely"),
                claims.stream().map(Claim::text).toList());
        // A document the outlet saw is evidence, not a source (H38): the author's claim.
        assertEquals("author", only("According to a draft seen by the Daily Courier, the port would close.")
                .claimant());
    }

    @Test
    void prisonersOfWarTypes() {
        // H47: prisoners taken are losses, exchanges are political, their treatment is OTHER.
        assertEquals(org.claimeval.model.ClaimType.CASUALTIES, only("Jane Roe said 40 soldiers were taken prisoner.")
                .type());
        assertEquals(org.claimeval.model.ClaimType.POLITICAL, only("Jane Roe said the two sides swapped 60 prisoners"
                + " each.").type());
        assertEquals(org.claimeval.model.ClaimType.OTHER, only("Jane Roe said the prisoners had been denied medical"
                + " care.").type());
    }

    @Test
    void aSourcesOwnActAfterItsContentEndsTheContent() {
        // "alleged that X, and urged Y": the second predicate is the source's act, not part of what it reports.
        assertEquals("looters had entered the port", only("Jane Roe alleged that looters had entered the port, and"
                + " urged residents to stay home.").text());
        assertEquals("the tapes had been edited", only("Jane Roe said the tapes had been edited and asked jurors to"
                + " listen to them in full.").text());
        // A coordinated clause of the content itself stays.
        assertEquals("looters had entered the port and taken two boats", only("Jane Roe said looters had entered"
                + " the port and taken two boats.").text());
    }
}
