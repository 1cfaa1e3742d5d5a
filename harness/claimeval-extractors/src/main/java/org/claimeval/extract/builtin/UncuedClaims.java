package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;

/**
 * The claims of the sentences in which the attribution rules found none (guideline 2, 3): the author's own
 * ({@link AuthorVoiceRule}), or a source's implicit claim when the sentence continues that source's stretch. A
 * sentence that holds any part of a found claim (content, cue, mention) is a source's, except for a first clause of
 * the author's before a source's coordinated clause. Reads the sentences and claims the rules already made, once.
 */
final class UncuedClaims {
    private final Document document;
    private final String text;
    private final List<TextRange> sentences;
    /** For each sentence, the first found claim (in the rules' order) it holds a part of, or null. */
    private final Found[] holders;
    /** For each sentence, where the first part of a found claim in it begins, or the sentence's end. */
    private final int[] firstParts;

    UncuedClaims(Document document, List<TextRange> sentences, List<Found> found) {
        this.document = document;
        this.text = document.text();
        this.sentences = sentences;
        this.holders = new Found[sentences.size()];
        this.firstParts = new int[sentences.size()];
        for (int k = 0; k < firstParts.length; k++) {
            firstParts[k] = sentences.get(k).end();
        }
        for (Found f : found) {
            mark(f, f.content());
            mark(f, f.cue());
            mark(f, f.source() == null ? null : f.source().mention());
        }
    }

    /** Records a part of a found claim in the sentences it overlaps (found by binary search, not by a scan). */
    private void mark(Found f, TextRange part) {
        if (part == null) {
            return;
        }
        for (int k = sentenceAtOrBefore(part.start()); k < holders.length; k++) {
            TextRange s = sentences.get(k);
            if (s.start() >= part.end()) {
                return;
            }
            if (part.start() < s.end()) {
                holders[k] = holders[k] == null ? f : holders[k];
                firstParts[k] = Math.min(firstParts[k], Math.max(s.start(), part.start()));
            }
        }
    }

    /** The index of the last sentence that starts at or before {@code index}, or 0. */
    private int sentenceAtOrBefore(int index) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The claims, in sentence order; {@code reportsSpeech} tells the sentences the rules read as reported speech. */
    List<Claim> claims(Predicate<TextRange> reportsSpeech) {
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            TextRange s = sentences.get(k);
            if (holders[k] != null) {
                AuthorVoiceRule.Found before = AuthorVoiceRule.findBefore(text, s, firstParts[k]);
                if (before != null) {
                    out.add(author(before));
                }
                continue;
            }
            boolean speech = reportsSpeech.test(s); // one reading of the sentence, whichever test follows
            Found report = k == 0 ? null : holders[k - 1];
            TextRange detail = report != null && relaysReport(report) && sameParagraph(sentences.get(k - 1), s)
                    ? AuthorVoiceRule.detail(text, s, speech) : null;
            if (detail != null) {
                // "X happened, according to the ministry. Nobody was injured.": the report's detail (guideline 2).
                out.add(implicit(detail, report.source()));
                continue;
            }
            AuthorVoiceRule.Found f = AuthorVoiceRule.find(text, s, speech);
            ClaimantResolver.Resolved stretch = f != null && f.kind() == AuthorVoiceRule.Kind.FACT ? stretchAround(k)
                    : null;
            if (stretch != null) {
                out.add(implicit(f.content(), stretch)); // between two claims of one source (guideline 2, 004)
            } else if (f != null) {
                out.add(author(f));
            }
        }
        return out;
    }

    /** An author claim; that a source gave no statement is of type OTHER (guideline 3). */
    private Claim author(AuthorVoiceRule.Found f) {
        Claim c = ClaimFactory.author(document, f.content());
        return f.kind() == AuthorVoiceRule.Kind.NO_STATEMENT ? c.toBuilder().type(ClaimType.OTHER).build() : c;
    }

    private Claim implicit(TextRange content, ClaimantResolver.Resolved source) {
        return ClaimFactory.attributed(document, new Found(content, null, source.unmentioned(), List.of(),
                QuoteKind.NONE, true));
    }

    /**
     * The source whose claims stand in the sentences right before and after sentence {@code k}, when it is one
     * source of the registry or text (not the author) and the sentence before is a body sentence, else null: a
     * headline or a label starts no stretch.
     */
    private ClaimantResolver.Resolved stretchAround(int k) {
        if (k == 0 || k + 1 == sentences.size() || !endsSentence(sentences.get(k - 1))) {
            return null;
        }
        Found before = holders[k - 1];
        Found after = holders[k + 1];
        if (!bySource(before) || !bySource(after)) {
            return null;
        }
        return before.source().claimant().equals(after.source().claimant()) ? before.source() : null;
    }

    private static boolean bySource(Found f) {
        return f != null && f.source() != null && f.source().claimant() != null
                && !Claimant.AUTHOR_ID.equals(f.source().claimant());
    }

    /**
     * Whether a claim relays a source's report with "according to X" or "per X" (the lexicon's cues before their
     * source): the sentences after it in its paragraph give the report's detail.
     */
    private boolean relaysReport(Found f) {
        if (f.cue() == null || !bySource(f)) {
            return false;
        }
        List<CueLexicon.Hit> hits = CueLexicon.get().scan(text, f.cue().start(), f.cue().end());
        return !hits.isEmpty() && hits.get(0).entry().shape() == CueLexicon.Shape.SOURCE_AFTER;
    }

    /** Whether no line break stands between two sentences. */
    private boolean sameParagraph(TextRange before, TextRange s) {
        int lineBreak = text.indexOf('\n', before.end());
        return lineBreak < 0 || lineBreak >= s.start();
    }

    private boolean endsSentence(TextRange s) {
        char last = text.charAt(s.end() - 1);
        return last == '.' || last == '!' || ContentTrimmer.isQuoteMark(last);
    }
}
