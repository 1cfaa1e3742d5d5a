package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * Runs the attribution rules shared by the {@code quote}, {@code cue} and {@code learned} extractors over one
 * document: paragraph by paragraph, the quotations ({@link QuotationRule}) and then each sentence's cues
 * ({@link CueRules}), or a headline's source ({@link HeadlineSourceRule}); nested claims become channels
 * ({@link ChannelNesting}). Works in Java char indices; {@link ClaimFactory} converts to code points.
 */
final class AttributionRules {
    private final List<TextRange> sentences = new ArrayList<>();
    /**
     * Starts of the sentences that report speech, as bits by char index: a cue or speech verb outside quotations,
     * or mostly quoted.
     */
    private final BitSet reportedSpeech = new BitSet();
    private final String text;
    private final RuleContext ctx;
    private final QuotationRule quotationRule;

    AttributionRules(String text, RegistryLookup registry) {
        this.text = text;
        this.ctx = RuleContext.of(text, registry);
        this.quotationRule = new QuotationRule(ctx);
    }

    /** Direct quotations only ({@code quote} extractor). */
    List<Found> quotations() {
        List<Found> out = new ArrayList<>();
        // A char scan for quotation marks first; only the lines holding one are split into sentences. The lines
        // before are read only for who spoke, so that "he said" after a quotation finds its speaker.
        int primed = 0;
        int mark = QuotationFinder.nextMark(text, 0);
        while (mark >= 0) {
            TextRange line = SentenceSplitter.lineAround(text, mark);
            primeSpeakers(primed, mark);
            ParagraphBlock block = line.isEmpty() ? null : ParagraphBlock.startingAt(text, line);
            List<Quotation> quotes = block == null || NonClaimLines.skip(text, line) ? List.of()
                    : QuotationFinder.find(text, block.range());
            if (!quotes.isEmpty()) {
                quotationRule.apply(quotes, () -> block.sentences(text), new BitSet(), out);
            }
            primed = SentenceSplitter.lineEnd(text, block == null ? mark : block.range().end());
            mark = QuotationFinder.nextMark(text, primed);
        }
        out.removeIf(f -> SpeechAct.isDirective(text, f.content()));
        primeSpeakers(primed, text.length());
        return OwnOutlet.notAChannel(OwnOutlet.of(text, ctx.resolver()), speakersForOpeningQuotations(out));
    }

    /**
     * A quotation with no speaker before it (a headline quoting the article, guideline H4) is the words of the
     * first speaker the article then names; so is a fact-check's "Claim: X" line before any source (H45).
     */
    private List<Found> speakersForOpeningQuotations(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Found described = QuotationHeadlineRule.apply(f, ctx);
            if (described != null) {
                out.add(described); // '"We will rebuild": a mayor on the flood' (H49)
                continue;
            }
            ClaimantResolver.Resolved next = f.source() == null
                    ? ctx.resolver().firstSpeakerAfter(f.content().end()) : null;
            out.add(next == null ? f : new Found(f.content(), f.cue(), next, f.via(), f.quote(), f.implicit()));
        }
        return out;
    }

    /** Remembers the subjects of the cues in [from, to), line by line, as speakers (no claims are made). */
    private void primeSpeakers(int from, int to) {
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = Math.min(SentenceSplitter.lineEnd(text, lineStart), to);
            for (Hit h : ctx.scanner().cheapSpeakerCues(lineStart, lineEnd)) {
                if (h.entry().shape() == Shape.SOURCE_AFTER) {
                    int comma = ctx.nav().indexWithin(',', h.end(), lineEnd);
                    TextRange source = ctx.nav().stripPunctuation(new TextRange(h.end(), comma < 0 ? lineEnd : comma));
                    ctx.resolve(ctx.phrases().headOf(source));
                } else {
                    CueSpeaker.speakerOnly(ctx, new TextRange(sentenceStart(lineStart, h.start()), lineEnd), h.start());
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Where the sentence holding {@code index} starts within its line: after the last ". " before it (cheap). */
    private int sentenceStart(int lineStart, int index) {
        for (int i = index - 1; i > lineStart; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i) == ' ') {
                return i + 1;
            }
        }
        return lineStart;
    }

    /** The sentences of the text, in order, as {@link #all()} found them; empty before it ran. */
    List<TextRange> sentences() {
        return sentences;
    }

    /**
     * Whether {@link #all()} found the sentence to report someone's speech, whether or not it made a claim of it:
     * a reporting cue or speech verb outside quotations ("Moscow has dismissed the figures"), or more than half
     * of it inside quotation marks. Such a sentence is never the article's own voice (guideline 2, 4).
     */
    boolean reportsSpeech(TextRange sentence) {
        return reportedSpeech.get(sentence.start());
    }

    /** Quotations and cue-based claims ({@code cue} extractor). */
    List<Found> all() {
        List<Found> out = new ArrayList<>();
        List<TextRange> paragraphs = SentenceSplitter.paragraphs(text);
        TextRange previousSentence = null;
        for (ParagraphBlock block : ParagraphBlock.of(text, paragraphs)) {
            TextRange p = block.range();
            if (NonClaimLines.skip(text, block.paragraphs().get(0))) {
                continue; // bylines, credits, timestamps, headings: never claims, in any extractor
            }
            if (TranscriptTurnRule.declines(p, ctx)) {
                continue; // "MAYOR: I can't comment on that.": the turn asserts nothing, in any voice (H37)
            }
            List<TextRange> paragraphSentences = block.sentences(text);
            this.sentences.addAll(paragraphSentences);
            Found turn = TranscriptTurnRule.find(p, ctx);
            if (turn != null) {
                out.add(turn); // a guest's turn in a transcript: one claim, its cues inside it (rule 5, H37)
                paragraphSentences.forEach(s -> reportedSpeech.set(s.start()));
                previousSentence = paragraphSentences.isEmpty() ? previousSentence
                        : paragraphSentences.get(paragraphSentences.size() - 1);
                continue;
            }
            Found checked = FactCheckRule.find(p, ctx);
            if (checked != null) {
                out.add(checked); // "Claim: X" in a fact-check (H45)
                continue;
            }
            BitSet usedCues = new BitSet(); // by char index: the cues the paragraph's quotations use
            List<Quotation> quotes = QuotationFinder.find(text, p);
            int first = out.size();
            if (!quotes.isEmpty()) {
                // The quotations are read before the paragraph's cues: who spoke before the first one ("X conceded
                // Y. '...,' he wrote") must be known when a pronoun after a quotation is resolved.
                primeSpeakers(p.start(), quotes.get(0).open());
            }
            quotationRule.apply(quotes, () -> paragraphSentences, usedCues, out);
            for (TextRange s : paragraphSentences) {
                if (mostlyQuoted(s, quotes)) {
                    reportedSpeech.set(s.start());
                }
                boolean headline = paragraphSentences.size() == 1 && !endsSentence(text.charAt(p.end() - 1));
                out.addAll(cuesIn(s, quotes, usedCues, previousSentence, headline));
                previousSentence = s;
            }
            if (!quotes.isEmpty()) {
                List<Found> paragraph = out.subList(first, out.size());
                List<Found> nested = ChannelNesting.nest(paragraph);
                paragraph.clear();
                paragraph.addAll(nested);
            }
            continueSpeakers(out.subList(first, out.size()));
            dropQuotationsThatACueClaims(out.subList(first, out.size()));
        }
        out.removeIf(f -> SpeechAct.isDirective(text, f.content()));
        return OwnOutlet.notAChannel(OwnOutlet.of(text, ctx.resolver()), speakersForOpeningQuotations(out));
    }

    /**
     * A quotation read as a claim without a cue ("continues the speaker before it") that a cue also claims
     * ("'We are not leaving' – Koval", a quotation and its closing dash cue) is that cue's claim: kept once, with
     * the cue's speaker.
     */
    private static void dropQuotationsThatACueClaims(List<Found> paragraph) {
        // Most paragraphs hold no claim without a cue: they are left as they are, without a pass that copies them.
        boolean uncued = false;
        for (Found f : paragraph) {
            uncued |= f.cue() == null;
        }
        if (!uncued) {
            return;
        }
        List<Found> cued = paragraph.stream().filter(f -> f.cue() != null).toList();
        paragraph.removeIf(f -> f.cue() == null && cued.stream().anyMatch(c -> intersects(c.content(), f.content())));
    }

    private static boolean intersects(TextRange a, TextRange b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * A quotation without a cue continues the speaker before it: the quotations of a paragraph are read before
     * its cues, so one that follows a cue of its own paragraph ("X says Y. 'Z.'") takes that cue's speaker.
     */
    private static void continueSpeakers(List<Found> paragraph) {
        for (int k = 0; k < paragraph.size(); k++) {
            Found implicit = paragraph.get(k);
            if (!implicit.implicit()) {
                continue;
            }
            Found before = null;
            for (Found f : paragraph) {
                if (!f.implicit() && f.cue() != null && f.cue().end() <= implicit.content().start()
                        && (before == null || f.cue().start() > before.cue().start())) {
                    before = f;
                }
            }
            if (before != null && before.source() != null) {
                paragraph.set(k, new Found(implicit.content(), null, before.source(), implicit.via(), implicit.quote(),
                        true));
            }
        }
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || ContentTrimmer.isQuoteMark(c);
    }

    private List<Found> cuesIn(TextRange sentence, List<Quotation> quotes, BitSet usedCues, TextRange previous,
                               boolean headline) {
        // A headline's label ("LIVE:", "Analysis:") is neither source nor content (H26).
        TextRange s = headline ? HeadlineSourceRule.withoutLabel(text, sentence) : sentence;
        List<Hit> hits = new ArrayList<>();
        List<Hit> boundaries = new ArrayList<>();
        for (Hit h : ctx.scanner().cues(s.start(), s.end(),
                h -> !h.entry().quoteOnly() && !insideQuotation(h.start(), quotes))) {
            boundaries.add(h); // cues already given to quotations still end the clause before them
            if (!usedCues.get(h.start())) {
                hits.add(h);
            }
        }
        for (Hit h : ctx.scanner().speakersOnly(s.start(), s.end())) {
            ctx.resolve(ctx.phrases().subjectBefore(h.start(), s.start())); // a speaker, no claim
            reportedSpeech.set(sentence.start());
        }
        if (!boundaries.isEmpty()) {
            reportedSpeech.set(sentence.start());
        }
        for (Hit h : ctx.scanner().negatedSpeakers(s.start(), s.end())) {
            ctx.resolve(ctx.phrases().subjectBefore(h.start(), s.start())); // "X did not confirm": X for a later "it"
        }
        List<Found> found = new ArrayList<>();
        if (text.charAt(s.end() - 1) == '?') {
            return found; // a question asserts nothing (guideline 4)
        }
        if (hits.isEmpty()) {
            Found f = headline ? HeadlineSourceRule.find(s, ctx) : null;
            if (f != null) {
                found.add(f);
            }
            return found;
        }
        ClaimantResolver.Resolved previousSource = null;
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            // A headline's semicolon separates two items ("X says A; Y says B"): a content stops at it.
            int semicolon = headline ? ctx.nav().indexWithin(';', h.end(), s.end()) : -1;
            int limit = semicolon < 0 ? s.end() : ctx.nav().skipSpacesBack(semicolon);
            int end = limit;
            for (Hit b : boundaries) {
                if (b.start() > h.start() && b.start() < limit && !channelRightAfter(h, b)) {
                    int clauseEnd = contentEnd(b, s);
                    if (clauseEnd < s.end()) {
                        end = Math.min(limit, clauseEnd);
                        break;
                    }
                    // A cue whose clause lies inside this content ("said it had confirmed X, while noting Y"):
                    // the content may still end at a later cue's clause.
                }
            }
            CueSite site = new CueSite(h, s, previous, previousSource, hits.size() > 1 && k > 0, end);
            Found f = CueRules.claimFor(site, ctx);
            if (f != null) {
                found.add(f);
                previousSource = f.source();
            }
        }
        return ChannelNesting.apply(CitedChannel.apply(found, hits, ctx, s), quotes);
    }

    /**
     * Where a forward cue's content stops: at the next cue's clause (", noting", "and accused", ", citing"), or
     * at the comma before the next cue's subject (", officials said"), else at the sentence end.
     */
    private int contentEnd(Hit next, TextRange s) {
        TextNav nav = ctx.nav();
        if (nav.charBefore(next.start()) == ',') {
            return nav.commaBefore(next.start());
        }
        if (next.entry().shape() == Shape.CHANNEL) {
            return nav.skipSpacesBack(next.start());
        }
        String w = nav.wordBefore(next.start());
        if (w.equals("and") || w.equals("but") || w.equals("while")) {
            return nav.skipSpacesBack(nav.wordStartBefore(next.start()));
        }
        TextRange subject = ctx.phrases().subjectBefore(next.start(), s.start());
        if (!subject.isEmpty() && "who".equals(nav.wordBefore(subject.start()))) {
            // ", but two members who spoke to X said": the clause starts at the antecedent of "who".
            TextRange antecedent = ctx.phrases().nounPhraseBefore(nav.wordStartBefore(subject.start()), s.start());
            subject = antecedent.isEmpty() ? subject : antecedent;
        }
        if (!subject.isEmpty() && nav.charBefore(subject.start()) == ',') {
            return nav.commaBefore(subject.start());
        }
        if (!subject.isEmpty() && RELATIVES.contains(nav.wordBefore(subject.start()))) {
            // ", a buildup that the agency had reported for weeks": the author's appositive comment ends the
            // content at its comma (H28).
            TextRange antecedent = ctx.phrases().nounPhraseBefore(nav.wordStartBefore(subject.start()), s.start());
            if (!antecedent.isEmpty() && nav.charBefore(antecedent.start()) == ',') {
                return nav.commaBefore(antecedent.start());
            }
        }
        if (!subject.isEmpty() && COORDINATORS.contains(nav.wordBefore(subject.start()))) {
            // ", and it accused X": a coordinated clause with a subject of its own ends the content before it.
            int conjunction = nav.wordStartBefore(subject.start());
            if (nav.charBefore(conjunction) == ',') {
                return nav.commaBefore(conjunction);
            }
        }
        return s.end();
    }

    /** "said, citing preliminary data, that X": the channel stands between the cue and its content. */
    private boolean channelRightAfter(Hit cue, Hit next) {
        return next.entry().shape() == Shape.CHANNEL && ctx.nav().skipSpaces(cue.end()) == next.start() - 2
                && text.charAt(next.start() - 2) == ',';
    }

    private static final Set<String> COORDINATORS = Set.of("and", "but", "while");
    private static final Set<String> RELATIVES = Set.of("that", "which");

    /** Whether more than half of a sentence's chars lie inside quotation marks. */
    private static boolean mostlyQuoted(TextRange s, List<Quotation> quotes) {
        int quoted = 0;
        for (Quotation q : quotes) {
            quoted += Math.max(0, Math.min(s.end(), q.close()) - Math.max(s.start(), q.open()));
        }
        return 2 * quoted > s.end() - s.start();
    }

    private static boolean insideQuotation(int index, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.open() < index && index < q.close()) {
                return true;
            }
        }
        return false;
    }
}
