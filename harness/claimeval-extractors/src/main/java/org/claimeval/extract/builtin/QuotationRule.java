package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;
import org.claimeval.model.QuoteKind;

/**
 * Direct quotations with their speakers: the cue after the quotation ('"...," the source said'), between two
 * parts of it ('"A," he said, "B"'), or before it ('he said: "..."'); a quotation with no cue continues the
 * last speaker (implicit). A question or an appeal asserts nothing (guideline 4).
 */
final class QuotationRule {
    private final RuleContext ctx;
    private final String text;
    private final CueLexicon lexicon = CueLexicon.get();

    QuotationRule(RuleContext ctx) {
        this.ctx = ctx;
        this.text = ctx.text();
    }

    /** Adds the claims of the quotations of one paragraph to {@code out}; the cues they use go to {@code usedCues}. */
    void apply(List<Quotation> all, Supplier<List<TextRange>> sentenceSource, BitSet usedCues, List<Found> out) {
        List<Quotation> direct = new ArrayList<>();
        for (Quotation q : all) {
            if (QuotationFinder.wordsUpTo(text, q, 3) >= 3 && introducesClause(q)) {
                direct.add(q);
            }
        }
        if (direct.isEmpty()) {
            return;
        }
        List<TextRange> sentences = sentenceSource.get();
        ClaimantResolver resolver = ctx.resolver();
        int i = 0;
        while (i < direct.size()) {
            Quotation first = direct.get(i);
            Quotation last = first;
            Hit cue = null;
            // "A," he said, "B": one cue between two quotations makes them one claim (guideline rule 5).
            while (i + 1 < direct.size()) {
                Quotation next = direct.get(i + 1);
                List<Hit> gap = ctx.scanner().cues(last.close() + 1, next.open());
                String gapText = text.substring(last.close() + 1, next.open());
                boolean interrupted = gap.size() == 1 && gapText.indexOf('.') < 0 && gapText.length() < 80
                        && text.charAt(last.close() - 1) == ',' && !gap.get(0).entry().isParticiple();
                if (!interrupted) {
                    break;
                }
                cue = gap.get(0);
                last = next;
                i++;
            }
            i++;
            ClaimantResolver.Resolved source;
            if (cue == null) {
                cue = cueAfter(last, sentences, direct);
            }
            if (cue != null && cue.start() > last.close()) {
                source = sourceAfterQuote(last.close() + 1, cue);
            } else if (cue != null) {
                source = ctx.resolve(ctx.phrases().subjectBefore(cue.start(), clauseStart(cue.start(), sentences)));
                if (source == null) {
                    source = resolver.lastSpeaker();
                }
            } else {
                cue = cueBefore(first, sentences, direct);
                source = cue == null ? null : sourceBeforeQuote(cue, sentences);
            }
            TextRange content = ContentTrimmer.trim(text, first.open() + 1, last.close());
            // 'called the reports "a fabrication"': the frame's object comes first, the content runs from it (H25).
            boolean framed = cue != null && cue.end() < first.open() && "\"".equals(cue.entry().frame())
                    && !ContentTrimmer.trim(text, cue.end(), first.open()).isEmpty();
            if (framed) {
                content = ContentTrimmer.trim(text, cue.end(), last.close());
            }
            if (content.isEmpty()) {
                continue;
            }
            // An appeal or a question asserts nothing (guideline 4): its cue is spent, but no claim is made.
            boolean asserts = !SpeechAct.isDirectiveOrQuestion(text, new TextRange(first.open() + 1, last.close()));
            if (cue == null) {
                if (asserts) {
                    out.add(new Found(content, null, resolver.lastSpeaker(), List.of(), QuoteKind.DIRECT, true));
                }
            } else {
                usedCues.set(cue.start());
                resolver.remember(source);
                if (asserts) {
                    // '"...," Roe told the Daily Courier': the outlet told is the channel (guideline 10).
                    List<String> via = ListenerObject.channel(ctx, cue, SentenceSplitter.lineEnd(text, cue.end()));
                    out.add(new Found(content, new TextRange(cue.start(), cue.end()), source, via,
                            framed ? QuoteKind.PARTIAL : QuoteKind.DIRECT, false));
                }
            }
        }
    }

    /** A quotation that stands for a clause: it follows no word (start, punctuation, symbol) or a cue verb. */
    private boolean introducesClause(Quotation q) {
        int k = q.open() - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || !Character.isLetterOrDigit(text.charAt(k))) {
            return true; // paragraph start, punctuation or a symbol such as an emoji
        }
        int wordStart = k + 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        CueLexicon.Entry e = lexicon.lookup(text.substring(wordStart, k + 1).toLowerCase(Locale.ROOT));
        return e != null && e.shape() == Shape.VERB;
    }

    /** The first cue after a quotation, before the sentence ends or the next quotation opens. */
    private Hit cueAfter(Quotation q, List<TextRange> sentences, List<Quotation> quotes) {
        int limit = Math.min(sentenceEndAfter(q.close(), sentences), nextOpen(q, quotes));
        List<Hit> hits = ctx.scanner().cues(q.close() + 1, limit);
        if (hits.isEmpty() || hits.get(0).start() - q.close() > 80) {
            return null;
        }
        Hit h = hits.get(0);
        // '"...," he continued, adding that': the participle starts a new claim, it does not cue this quotation.
        return h.entry().isParticiple() && !"as".equals(ctx.nav().wordBefore(h.start())) ? null : h;
    }

    private Hit cueBefore(Quotation q, List<TextRange> sentences, List<Quotation> quotes) {
        int from = clauseStart(q.open(), sentences);
        for (Quotation other : quotes) {
            if (other.close() < q.open() && other.close() >= from) {
                from = other.close() + 1;
            }
        }
        List<Hit> hits = ctx.scanner().cues(from, q.open());
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    private int nextOpen(Quotation q, List<Quotation> quotes) {
        for (Quotation other : quotes) {
            if (other.open() > q.close()) {
                return other.open();
            }
        }
        return text.length();
    }

    private int sentenceEndAfter(int index, List<TextRange> sentences) {
        for (TextRange s : sentences) {
            if (s.end() > index + 1) {
                return s.end();
            }
        }
        return sentences.isEmpty() ? text.length() : sentences.get(sentences.size() - 1).end();
    }

    private static TextRange sentenceOf(int index, List<TextRange> sentences) {
        for (TextRange s : sentences) {
            if (s.start() <= index && index <= s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int clauseStart(int index, List<TextRange> sentences) {
        for (TextRange s : sentences) {
            if (s.start() <= index && index <= s.end()) {
                return s.start();
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(0).start();
    }

    /** '"...," the source said': the speaker stands between the quotation and the cue, or after the cue. */
    private ClaimantResolver.Resolved sourceAfterQuote(int from, Hit cue) {
        QuotedAsSaying.Relayed quoted = QuotedAsSaying.find(cue, new TextRange(from, cue.start()), ctx);
        if (quoted != null) {
            return quoted.speaker();
        }
        TextRange before = SentenceSplitter.trim(text, from, cue.start());
        TextRange mention = ctx.nav().stripPunctuation(before);
        if (mention.isEmpty()) {
            mention = ctx.phrases().nounPhraseAfter(cue.end());
        }
        ClaimantResolver.Resolved r = ctx.resolve(mention);
        return r != null ? r : ctx.resolver().lastSpeaker();
    }

    private ClaimantResolver.Resolved sourceBeforeQuote(Hit cue, List<TextRange> sentences) {
        ClaimantResolver resolver = ctx.resolver();
        if (cue.entry().isParticiple() && ctx.nav().charBefore(cue.start()) == ',' && resolver.lastSpeaker() != null) {
            return resolver.lastSpeaker(); // 'he said, adding, "..."'
        }
        TextRange subject = ctx.phrases().subjectBefore(cue.start(), clauseStart(cue.start(), sentences));
        TextRange sentence = sentenceOf(cue.start(), sentences);
        if (sentence != null) {
            CueSpeaker.offerSentenceSubject(subject, sentence, ctx); // 'Roe visited what she called "..."'
        }
        ClaimantResolver.Resolved r = ctx.resolve(subject);
        return r != null ? r : resolver.lastSpeaker();
    }
}
