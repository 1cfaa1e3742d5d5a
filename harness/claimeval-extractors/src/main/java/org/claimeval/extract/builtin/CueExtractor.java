package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * The attribution extractor: direct quotations and reporting cues (a lexicon scan, no regular expression),
 * with content spans after the guideline's rules, claimants resolved through the registry, type and
 * quantities. Only attributed claims are reported, and a claim whose only source is evidence before any source
 * of the text ("Satellite images suggest that X": the author's, guideline H38).
 */
public final class CueExtractor implements ClaimExtractor {
    private volatile RegistryLookup registry = new RegistryLookup(ClaimantRegistry.empty());
    private volatile org.claimeval.model.Annotates annotates = org.claimeval.model.Annotates.EVERYTHING;

    @Override
    public String name() {
        return "cue";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void prepare(ExtractionContext context) {
        registry = new RegistryLookup(Objects.requireNonNull(context.claimants(), "claimants"));
        annotates = context.annotates();
        EnglishModels.sentenceModel();
        EnglishModels.posModel();
        CueLexicon.get();
        TypeLexicon.get();
    }

    @Override
    public List<Claim> extract(Document document) {
        return ClaimFactory.typedFor(annotates, extract(document, registry));
    }

    static List<Claim> extract(Document document, RegistryLookup registry) {
        AttributionRules rules = new AttributionRules(document.text(), registry);
        List<Found> found = rules.all();
        List<Claim> out = claims(document, found);
        out.addAll(authorClaims(document, rules, found));
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        return out;
    }

    /**
     * The author-voice claims ({@link AuthorVoiceRule}) of the sentences the attribution rules read and made no
     * claim in: a sentence that holds any part of a found claim is a source's, not the author's. A fact between two
     * sentences of one source continues that source's stretch: the source's implicit claim (guideline 2).
     */
    private static List<Claim> authorClaims(Document document, AttributionRules rules, List<Found> found) {
        List<Claim> out = new ArrayList<>();
        String text = document.text();
        List<TextRange> sentences = rules.sentences();
        List<Found> holders = new ArrayList<>(sentences.size());
        for (TextRange s : sentences) {
            holders.add(foundIn(s, found));
        }
        for (int k = 0; k < sentences.size(); k++) {
            TextRange s = sentences.get(k);
            if (holders.get(k) != null) {
                AuthorVoiceRule.Found before = AuthorVoiceRule.findBefore(text, s, firstPartIn(s, found));
                if (before != null) {
                    out.add(author(document, before));
                }
                continue;
            }
            AuthorVoiceRule.Found f = AuthorVoiceRule.find(text, s, rules.reportsSpeech(s));
            ClaimantResolver.Resolved stretch = f == null || f.kind() != AuthorVoiceRule.Kind.FACT || k == 0
                    || k + 1 == sentences.size() || !endsSentence(text, sentences.get(k - 1)) ? null
                    : sameSource(holders.get(k - 1), holders.get(k + 1));
            if (stretch != null) {
                out.add(ClaimFactory.attributed(document, new Found(f.content(), null, stretch.unmentioned(), List.of(),
                        QuoteKind.NONE, true)));
            } else if (f != null) {
                out.add(author(document, f));
            }
        }
        return out;
    }

    /** An author claim; that a source gave no statement is of type OTHER (guideline 3). */
    private static Claim author(Document document, AuthorVoiceRule.Found f) {
        Claim c = ClaimFactory.author(document, f.content());
        return f.kind() == AuthorVoiceRule.Kind.NO_STATEMENT ? c.toBuilder().type(ClaimType.OTHER).build() : c;
    }

    /** Where the first part (content, cue, mention) of a found claim inside a sentence begins. */
    private static int firstPartIn(TextRange s, List<Found> found) {
        int first = s.end();
        for (Found f : found) {
            for (TextRange r : new TextRange[] {f.content(), f.cue(), f.source() == null ? null : f.source().mention()}) {
                if (overlaps(s, r)) {
                    first = Math.min(first, Math.max(s.start(), r.start()));
                }
            }
        }
        return first;
    }

    /** A headline or a label before a sentence starts no stretch: only a sentence with final punctuation does. */
    private static boolean endsSentence(String text, TextRange s) {
        char last = text.charAt(s.end() - 1);
        return last == '.' || last == '!' || ContentTrimmer.isQuoteMark(last);
    }

    /** The source of two neighbouring sentences' claims when it is one, else null. */
    private static ClaimantResolver.Resolved sameSource(Found before, Found after) {
        if (before == null || after == null || before.source() == null || after.source() == null) {
            return null;
        }
        String claimant = before.source().claimant();
        return claimant != null && !Claimant.AUTHOR_ID.equals(claimant) && claimant.equals(after.source().claimant())
                ? before.source() : null;
    }

    /** The first found claim a sentence holds any part of (content, cue, mention), or null. */
    private static Found foundIn(TextRange s, List<Found> found) {
        for (Found f : found) {
            if (overlaps(s, f.content()) || overlaps(s, f.cue())
                    || f.source() != null && overlaps(s, f.source().mention())) {
                return f;
            }
        }
        return null;
    }

    private static boolean overlaps(TextRange s, TextRange r) {
        return r != null && r.start() < s.end() && s.start() < r.end();
    }

    /** The claims of what the rules found, in text order. */
    static List<Claim> claims(Document document, List<Found> found) {
        List<Claim> out = new ArrayList<>();
        for (Found f : found) {
            out.add(ClaimFactory.attributed(document, f));
        }
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        return out;
    }
}
