package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.util.Span;
import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;
import org.claimeval.model.QuoteKind;

/**
 * The attribution rules shared by the {@code quote}, {@code cue} and {@code learned} extractors: direct
 * quotations with their speakers, then reporting cues in each sentence with their source and content. Works in
 * Java char indices; {@link ClaimFactory} converts to code points. Tokenizes and tags only the sentences whose
 * cue form is also a common noun ("reports", "claims"), and only to ask whether it is a verb.
 */
final class AttributionRules {
    /** What the rules found: content, cue, source and channels, in char indices. */
    record Found(TextRange content, TextRange cue, ClaimantResolver.Resolved source, List<String> via,
                 QuoteKind quote, boolean implicit) {
    }

    /** Words between a subject and its verb that are not part of the subject. */
    private static final Set<String> SKIP_BEFORE_VERB = Set.of("also", "earlier", "previously", "has", "have",
            "had", "already", "later", "then", "further", "again", "recently", "once", "repeatedly", "publicly",
            "officially", "would", "will", "could", "may", "might", "reportedly", "separately", "too",
            "initially", "first", "subsequently", "did", "does", "not", "never", "just", "now", "is",
            "was", "were", "are", "been");
    /** Words that end a subject when walking back from the verb. */
    private static final Set<String> SUBJECT_STOPS = Set.of("that", "and", "but", "while", "as", "when", "after",
            "because", "since", "although", "though", "where", "if", "than", "so", "whereas", "before", "until",
            "which", "who", "whom", "whose");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "this", "these", "those");

    private static final Set<String> NOUN_FOLLOWERS = Set.of("from", "of", "by", "in", "on", "about", "that",
            "suggest", "suggests", "say", "indicate", "indicated", "show", "showed", "were", "was", "are", "is");
    /** Words after which an ambiguous form is a noun: determiners, possessives, prepositions. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "these", "those", "such", "of", "in", "on", "about", "from", "with", "without",
            "amid", "despite", "following", "after", "over", "under", "against", "among", "into");
    /** Words after which an ambiguous form is a verb: subject pronouns, relatives, auxiliaries, "to". */
    private static final Set<String> VERB_MARKERS = Set.of("he", "she", "it", "they", "we", "i", "you", "who",
            "which", "has", "have", "had", "will", "would", "could", "can", "should", "must", "may", "might", "to",
            "also", "reportedly");
    private static final Set<String> NEGATIONS = Set.of("not", "neither", "nor", "never", "no");
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");

    private final java.util.Map<Integer, Boolean> verbAt = new java.util.HashMap<>();
    private final List<TextRange> sentences = new ArrayList<>();
    private final String text;
    private final ClaimantResolver resolver;
    private final CueLexicon lexicon = CueLexicon.get();

    AttributionRules(String text, RegistryLookup registry) {
        this.text = text;
        this.resolver = new ClaimantResolver(registry);
    }

    /** Direct quotations only ({@code quote} extractor). */
    List<Found> quotations() {
        List<Found> out = new ArrayList<>();
        // A char scan for quotation marks first; only the lines holding one are looked at, and the sentence
        // detector runs only on a line with a direct quotation.
        int mark = QuotationFinder.nextMark(text, 0);
        while (mark >= 0) {
            TextRange line = SentenceSplitter.lineAround(text, mark);
            List<Quotation> quotes = line.isEmpty() ? List.of() : QuotationFinder.find(text, line);
            if (!quotes.isEmpty()) {
                quotationsIn(quotes, () -> SentenceSplitter.sentences(text, line), new HashSet<>(), out);
            }
            mark = QuotationFinder.nextMark(text, SentenceSplitter.lineEnd(text, mark));
        }
        return out;
    }

    /** The sentences of the text, in order, as {@link #all()} found them; empty before it ran. */
    List<TextRange> sentences() {
        return sentences;
    }

    /** Quotations and cue-based claims ({@code cue} extractor). */
    List<Found> all() {
        List<Found> out = new ArrayList<>();
        List<TextRange> paragraphs = SentenceSplitter.paragraphs(text);
        TextRange previousSentence = null;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            TextRange p = paragraphs.get(pi);
            List<TextRange> sentences = SentenceSplitter.sentences(text, p);
            this.sentences.addAll(sentences);
            Set<Integer> usedCues = new HashSet<>();
            List<Quotation> quotes = QuotationFinder.find(text, p);
            quotationsIn(quotes, () -> sentences, usedCues, out);
            for (TextRange s : sentences) {
                boolean headline = sentences.size() == 1 && !endsSentence(text.charAt(p.end() - 1));
                List<Found> found = cuesIn(s, quotes, usedCues, previousSentence, headline);
                out.addAll(found);
                previousSentence = s;
            }
        }
        return out;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || ContentTrimmer.isQuoteMark(c);
    }

    // ---- quotations -------------------------------------------------------------------------------------------

    private void quotationsIn(List<Quotation> all, Supplier<List<TextRange>> sentenceSource, Set<Integer> usedCues,
                              List<Found> out) {
        List<Quotation> direct = new ArrayList<>();
        for (Quotation q : all) {
            if (QuotationFinder.words(text, q) >= 3 && introducesClause(q)) {
                direct.add(q);
            }
        }
        if (direct.isEmpty()) {
            return;
        }
        List<TextRange> sentences = sentenceSource.get();
        int i = 0;
        while (i < direct.size()) {
            Quotation first = direct.get(i);
            Quotation last = first;
            Hit cue = null;
            // "A," he said, "B": one cue between two quotations makes them one claim (guideline rule 5).
            while (i + 1 < direct.size()) {
                Quotation next = direct.get(i + 1);
                List<Hit> gap = cues(last.close() + 1, next.open());
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
                source = resolver.resolve(text, subjectBefore(cue.start(), clauseStart(cue.start(), sentences)));
                if (source == null) {
                    source = resolver.lastSpeaker();
                }
            } else {
                cue = cueBefore(first, sentences, direct);
                source = cue == null ? null : sourceBeforeQuote(cue, sentences);
            }
            TextRange content = ContentTrimmer.trim(text, first.open() + 1, last.close());
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
                usedCues.add(cue.start());
                resolver.remember(source);
                if (asserts) {
                    out.add(new Found(content, new TextRange(cue.start(), cue.end()), source, List.of(),
                            QuoteKind.DIRECT, false));
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
        List<Hit> hits = cues(q.close() + 1, limit);
        if (hits.isEmpty() || hits.get(0).start() - q.close() > 80) {
            return null;
        }
        Hit h = hits.get(0);
        // '"...," he continued, adding that': the participle starts a new claim, it does not cue this quotation.
        return h.entry().isParticiple() && !"as".equals(wordBefore(h.start())) ? null : h;
    }

    private Hit cueBefore(Quotation q, List<TextRange> sentences, List<Quotation> quotes) {
        int from = clauseStart(q.open(), sentences);
        for (Quotation other : quotes) {
            if (other.close() < q.open() && other.close() >= from) {
                from = other.close() + 1;
            }
        }
        List<Hit> hits = cues(from, q.open());
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
        ClaimantResolver.Resolved quoted = quotedAsSaying(cue, new TextRange(from, cue.start()));
        if (quoted != null) {
            return quoted;
        }
        TextRange before = SentenceSplitter.trim(text, from, cue.start());
        TextRange mention = stripPunctuation(before);
        if (mention.isEmpty()) {
            mention = nounPhraseAfter(cue.end());
        }
        ClaimantResolver.Resolved r = resolver.resolve(text, mention);
        return r != null ? r : resolver.lastSpeaker();
    }

    private ClaimantResolver.Resolved sourceBeforeQuote(Hit cue, List<TextRange> sentences) {
        if (cue.entry().isParticiple() && charBefore(cue.start()) == ',' && resolver.lastSpeaker() != null) {
            return resolver.lastSpeaker(); // 'he said, adding, "..."'
        }
        TextRange subject = subjectBefore(cue.start(), clauseStart(cue.start(), sentences));
        ClaimantResolver.Resolved r = resolver.resolve(text, subject);
        return r != null ? r : resolver.lastSpeaker();
    }

    private TextRange stripPunctuation(TextRange r) {
        int s = r.start();
        int e = r.end();
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }

    // ---- cues ------------------------------------------------------------------------------------------------

    /** Cues in a range, without the noun uses of ambiguous forms and without quote-only cues. */
    private List<Hit> cues(int from, int to) {
        List<Hit> hits = lexicon.scan(text, from, to);
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if ((h.start() > 0 && text.charAt(h.start() - 1) == '-') || (h.end() < text.length()
                    && text.charAt(h.end()) == '-')) {
                continue; // part of a compound: "state-owned"
            }
            // The cheap tests first: the tagger runs only for an ambiguous form that survives them all.
            if (h.entry().shape() == Shape.POSSESSIVE) {
                continue;
            }
            if (h.entry().shape() == Shape.VERB && precededByDeterminer(h.start())) {
                continue; // "the reported losses", "its stated aim"
            }
            if (h.entry().shape() == Shape.VERB && (negated(h.start())
                    || (passive(h.start()) && !"by".equals(wordAfter(h.end()))))) {
                continue; // "did not specify", "has not been confirmed": no claim of the source
            }
            if (h.entry().nounAmbiguous() && !endsClause(h.end()) && !isVerb(h)) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    /** Only punctuation follows before the sentence or line ends: "..., the agency reports." */
    private boolean endsClause(int index) {
        int i = index;
        while (i < text.length() && text.charAt(i) != '\n') {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
            i++;
        }
        return true;
    }

    private boolean negated(int index) {
        String w = wordBefore(index);
        if (w.endsWith("ly") && w.length() > 4) {
            w = wordBefore(wordStartBefore(index));
        }
        return NEGATIONS.contains(w) || w.endsWith("n't") || w.equals("t");
    }

    private boolean passive(int index) {
        String w = wordBefore(index);
        if (w.endsWith("ly") && w.length() > 4 || w.equals("not")) {
            w = wordBefore(wordStartBefore(index));
        }
        return BE.contains(w);
    }

    private boolean precededByDeterminer(int index) {
        String w = wordBefore(index);
        return DETERMINERS.contains(w) && !w.equals("his") && !w.equals("her");
    }

    /**
     * Whether an ambiguous cue form ("reports", "claims") is used as a verb: decided by the word before it when
     * that word settles it, else by tagging the words around it.
     */
    private boolean isVerb(Hit h) {
        String before = wordBefore(h.start());
        if (NOUN_MARKERS.contains(before)) {
            return false; // "their claims", "of reports"
        }
        if (VERB_MARKERS.contains(before)) {
            return true; // "he claims", "to report", "has stated"
        }
        if (NOUN_FOLLOWERS.contains(wordAfter(h.end()))) {
            return false; // "reports from", "claims of"
        }
        // Quotations and sentences are scanned over overlapping ranges: tag each ambiguous form once.
        return verbAt.computeIfAbsent(h.start(), k -> tagAsVerb(h));
    }

    private boolean tagAsVerb(Hit h) {
        int from = Math.max(0, h.start() - 40);
        int to = Math.min(text.length(), h.end() + 25);
        String window = text.substring(from, to);
        Span[] tokens = WordTokenizer.tokenize(window);
        String[] words = Span.spansToStrings(tokens, window);
        String[] tags = EnglishModels.tagger().tag(words);
        for (int t = 0; t < tokens.length; t++) {
            if (from + tokens[t].getStart() == h.start()) {
                return tags[t].equals("VERB") || tags[t].startsWith("VB");
            }
        }
        return false;
    }

    private List<Found> cuesIn(TextRange s, List<Quotation> quotes, Set<Integer> usedCues, TextRange previous,
                               boolean headline) {
        List<Hit> hits = new ArrayList<>();
        List<Hit> boundaries = new ArrayList<>();
        for (Hit h : cues(s.start(), s.end())) {
            if (!insideQuotation(h.start(), quotes) && !h.entry().quoteOnly()) {
                boundaries.add(h); // cues already given to quotations still end the clause before them
            }
            if (usedCues.contains(h.start()) || insideQuotation(h.start(), quotes) || h.entry().quoteOnly()) {
                continue;
            }
            hits.add(h);
        }
        List<Found> out = new ArrayList<>();
        if (hits.isEmpty()) {
            if (headline) {
                Found f = headlineSource(s);
                if (f != null) {
                    out.add(f);
                }
            }
            return out;
        }
        ClaimantResolver.Resolved previousSource = null;
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            Hit next = null;
            for (Hit b : boundaries) {
                if (b.start() > h.start()) {
                    next = b;
                    break;
                }
            }
            Found f = claimFor(h, next, s, previous, previousSource, hits.size() > 1 && k > 0);
            if (f != null) {
                found.add(f);
                previousSource = f.source();
            }
        }
        return nest(found, quotes);
    }

    /**
     * "Forces have claimed X, officials said": a claim whose content contains another cue is the channel of
     * that inner claim (guideline 8), not a claim of its own.
     */
    private List<Found> nest(List<Found> found, List<Quotation> quotes) {
        List<Found> out = new ArrayList<>(found);
        for (Found outer : found) {
            List<Found> inner = new ArrayList<>();
            for (Found f : out) {
                if (f != outer && f.cue() != null && outer.content().start() <= f.cue().start()
                        && f.cue().end() <= outer.content().end()) {
                    inner.add(f);
                }
            }
            boolean distinct = true;
            for (Found f : inner) {
                distinct &= f.source() == null || !f.source().claimant().equals(outer.source() == null ? null
                        : outer.source().claimant());
            }
            if (!inner.isEmpty() && outer.source() != null && distinct) {
                out.remove(outer);
                for (Found f : inner) {
                    List<String> via = new ArrayList<>();
                    via.add(outer.source().claimant());
                    via.addAll(f.via());
                    out.set(out.indexOf(f), new Found(f.content(), f.cue(), f.source(), via, f.quote(), f.implicit()));
                }
            }
        }
        List<Found> result = new ArrayList<>();
        for (Found f : out) {
            result.add(new Found(f.content(), f.cue(), f.source(), f.via(), quoteKind(f.content(), quotes),
                    f.implicit()));
        }
        return result;
    }

    private QuoteKind quoteKind(TextRange content, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.open() < content.start() && content.end() <= q.close()) {
                return QuoteKind.DIRECT;
            }
            if (q.open() < content.end() && q.close() >= content.start()) {
                return QuoteKind.PARTIAL;
            }
        }
        return QuoteKind.NONE;
    }

    private static boolean insideQuotation(int index, List<Quotation> quotes) {
        for (Quotation q : quotes) {
            if (q.open() < index && index < q.close()) {
                return true;
            }
        }
        return false;
    }

    private Found claimFor(Hit h, Hit next, TextRange s, TextRange previousSentence,
                           ClaimantResolver.Resolved previousSource, boolean notFirst) {
        TextRange cue = new TextRange(h.start(), h.end());
        int contentEnd = contentEnd(next, s);
        switch (h.entry().shape()) {
            case SOURCE_AFTER -> {
                return accordingTo(h, s, cue);
            }
            case CHANNEL -> {
                if (notFirst) {
                    return null; // "reported, citing a video": a channel of the claim before
                }
            }
            default -> {
            }
        }
        // "This was reported by X": the content is the previous sentence.
        if ("by".equals(wordAfter(h.end())) && previousSentence != null) {
            String first = firstWord(s).toLowerCase(Locale.ROOT);
            if (first.equals("this") || first.equals("that") || first.equals("it")) {
                TextRange agent = nounPhraseAfter(skipWord(h.end()));
                ClaimantResolver.Resolved src = resolver.resolve(text, agent);
                TextRange content = ContentTrimmer.trim(text, previousSentence.start(), previousSentence.end());
                return new Found(content, cue, src, List.of(), QuoteKind.NONE, false);
            }
            return null;
        }
        // "..., reported Agency X." — the source follows the cue.
        if (charBefore(h.start()) == ',' && restIsName(h.end(), s.end())) {
            TextRange source = nounPhraseAfter(h.end());
            ClaimantResolver.Resolved src = resolver.resolve(text, source);
            TextRange content = ContentTrimmer.trim(text, s.start(), commaBefore(h.start()));
            return new Found(content, cue, src, List.of(), QuoteKind.NONE, false);
        }
        ClaimantResolver.Resolved src;
        TextRange subject = TextRange.class.cast(null);
        if (h.entry().isParticiple() && (charBefore(h.start()) == ',' || ContentTrimmer.isQuoteMark(charBefore(h.start())))) {
            src = previousSource != null ? previousSource : resolver.resolve(text, sentenceSubject(s));
            if (src == null) {
                src = resolver.lastSpeaker();
            }
        } else {
            subject = subjectBefore(h.start(), s.start());
            src = quotedAsSaying(h, s);
            if (src == null) {
                src = resolver.resolve(text, subject);
            }
            if (src == null) {
                src = resolver.resolve(text, sentenceSubject(s));
            }
        }
        // "X, Y said on Friday.": the content is the clause before the subject.
        int subjectStart = subject != null && !subject.isEmpty() ? subject.start() : h.start();
        if (charBefore(subjectStart) == ',' && shortTail(h.end(), contentEnd)) {
            TextRange content = ContentTrimmer.trim(text, s.start(), commaBefore(subjectStart));
            return content.isEmpty() ? null : new Found(content, cue, src, List.of(), QuoteKind.NONE, false);
        }
        int from = h.end();
        int that = thatWithin(from, contentEnd, 8);
        if (that >= 0) {
            from = that;
        }
        TextRange content = ContentTrimmer.trim(text, from, contentEnd);
        if (QuotationFinder.words(text, new Quotation(content.start() - 1, content.end())) < 2) {
            return null; // "condemned the assault" is still kept; a cue with nothing after it is not
        }
        return new Found(content, cue, src, List.of(), QuoteKind.NONE, false);
    }

    /**
     * Where a forward cue's content stops: at the next cue's clause (", noting", "and accused", ", citing"), or
     * at the comma before the next cue's subject (", officials said"), else at the sentence end.
     */
    private int contentEnd(Hit next, TextRange s) {
        if (next == null) {
            return s.end();
        }
        if (charBefore(next.start()) == ',') {
            return commaBefore(next.start());
        }
        if (next.entry().shape() == Shape.CHANNEL) {
            return skipSpacesBack(next.start());
        }
        String w = wordBefore(next.start());
        if (w.equals("and") || w.equals("but")) {
            return skipSpacesBack(wordStartBefore(next.start()));
        }
        TextRange subject = subjectBefore(next.start(), s.start());
        if (!subject.isEmpty() && charBefore(subject.start()) == ',') {
            return commaBefore(subject.start());
        }
        return s.end();
    }

    /** "according to X" at the clause start, at the end, or interrupting the clause. */
    private Found accordingTo(Hit h, TextRange s, TextRange cue) {
        int sourceStart = skipSpaces(h.end());
        int comma = indexWithin(',', sourceStart, s.end());
        int sourceEnd = comma < 0 ? s.end() : comma;
        TextRange source = stripPunctuation(new TextRange(sourceStart, sourceEnd));
        ClaimantResolver.Resolved src = resolver.resolve(text, headOf(source));
        TextRange before = ContentTrimmer.trim(text, s.start(), h.start());
        TextRange content;
        if (before.isEmpty()) {
            content = ContentTrimmer.trim(text, sourceEnd, s.end());
        } else if (sourceEnd >= s.end() || startsRelative(sourceEnd + 1)) {
            content = before;
        } else {
            content = ContentTrimmer.trim(text, s.start(), s.end());
        }
        if (content.isEmpty()) {
            return null;
        }
        return new Found(content, cue, src, List.of(), QuoteKind.NONE, false);
    }

    /** The head noun phrase of "a report by the Financial Times on Tuesday": cut at a time phrase. */
    private TextRange headOf(TextRange source) {
        String s = text.substring(source.start(), source.end());
        int cut = s.length();
        for (String marker : List.of(" on ", " last ", " earlier ", " this ")) {
            int at = s.indexOf(marker);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return new TextRange(source.start(), source.start() + cut);
    }

    private boolean startsRelative(int index) {
        String w = wordAfter(index);
        return w.equals("which") || w.equals("who") || w.equals("whose");
    }

    /** Headline forms without a cue verb: "... – source", "...: Name". */
    private Found headlineSource(TextRange s) {
        for (String separator : List.of(" – ", " — ", " - ", ": ")) {
            int at = lastIndexWithin(separator, s.start(), s.end());
            if (at > s.start()) {
                TextRange source = stripPunctuation(new TextRange(at + separator.length(), s.end()));
                int words = text.substring(source.start(), source.end()).split("\\s+").length;
                TextRange content = ContentTrimmer.trim(text, s.start(), at);
                int contentWords = text.substring(content.start(), content.end()).split("\\s+").length;
                if (!source.isEmpty() && words <= 4 && contentWords >= 3) {
                    ClaimantResolver.Resolved src = resolver.resolve(text, source);
                    int mark = at + separator.indexOf(separator.strip());
                    return new Found(content, new TextRange(mark, mark + 1), src,
                            List.of(), QuoteKind.NONE, false);
                }
            }
        }
        return null;
    }

    /** "the report quoted a sergeant as saying": the sergeant speaks, the report is the channel. */
    private ClaimantResolver.Resolved quotedAsSaying(Hit h, TextRange s) {
        if (!"as".equals(wordBefore(h.start()))) {
            return null;
        }
        String sentence = text.substring(s.start(), h.start()).toLowerCase(Locale.ROOT);
        int quoted = sentence.lastIndexOf("quoted ");
        if (quoted < 0) {
            return null;
        }
        int npStart = s.start() + quoted + "quoted ".length();
        int asStart = h.start() - 1;
        while (asStart > npStart && text.charAt(asStart - 1) != ' ') {
            asStart--;
        }
        return resolver.resolve(text, SentenceSplitter.trim(text, npStart, Math.max(npStart, asStart - 1)));
    }

    // ---- noun phrases, by punctuation and function words (no tagging needed) -------------------------------

    /** The subject of a verb: the words before it back to punctuation or a clause word; relative pronouns and
     * appositives lead to the noun phrase before them. */
    TextRange subjectBefore(int verbStart, int limit) {
        int e = verbStart;
        while (true) {
            int ws = skipSpacesBack(e);
            String w = wordBefore(e);
            if (w.isEmpty() || !(SKIP_BEFORE_VERB.contains(w) || (w.endsWith("ly") && w.length() > 4))) {
                e = ws;
                break;
            }
            e = wordStartBefore(e);
        }
        if (e > limit && text.charAt(e - 1) == ',') {
            // An appositive or relative clause ends here: "Alaudinov, commander of X, reported".
            int previousComma = lastIndexWithin(",", limit, e - 1);
            if (previousComma > limit) {
                return nounPhraseBefore(previousComma, limit);
            }
            return new TextRange(e, e);
        }
        String w = wordBefore(e);
        if (w.equals("which") || w.equals("who")) {
            int comma = skipSpacesBack(wordStartBefore(e));
            if (comma > limit && text.charAt(comma - 1) == ',') {
                TextRange antecedent = nounPhraseBefore(comma - 1, limit);
                // "according to the ministry, which also stated": the antecedent is the source named.
                for (Hit h : lexicon.scan(text, antecedent.start(), antecedent.end())) {
                    if (h.start() == antecedent.start()) {
                        return new TextRange(skipSpaces(h.end()), antecedent.end());
                    }
                }
                return antecedent;
            }
        }
        return nounPhraseBefore(e, limit);
    }

    private TextRange nounPhraseBefore(int end, int limit) {
        int e = skipSpacesBack(end);
        int s = e;
        while (s > limit) {
            int ws = wordStartBefore(s);
            if (ws == s) {
                break; // punctuation
            }
            String w = text.substring(ws, s).toLowerCase(Locale.ROOT);
            if (SUBJECT_STOPS.contains(w)) {
                break;
            }
            s = ws;
            int before = skipSpacesBack(s);
            if (before == s && before > limit && text.charAt(before - 1) != '-') {
                break;
            }
            s = before;
        }
        // s may sit on spaces: move forward to the first word.
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        return new TextRange(s, e);
    }

    /** Capitalised noun phrase after an index: "Ria Novosti", "the Financial Times". */
    private TextRange nounPhraseAfter(int index) {
        int s = skipSpaces(index);
        int e = s;
        int i = s;
        int words = 0;
        while (i < text.length() && words < 12) {
            int we = CueLexicon.wordEnd(text, i, text.length());
            if (we == i) {
                break;
            }
            String w = text.substring(i, we);
            String lw = w.toLowerCase(Locale.ROOT);
            boolean allowed = Character.isUpperCase(w.charAt(0)) || DETERMINERS.contains(lw) || lw.equals("of")
                    || (words > 0 && !lw.equals("on") && !lw.equals("in") && !lw.equals("citing")
                    && !lw.equals("that") && !lw.equals("last") && !lw.equals("earlier") && words < 6
                    && Character.isLowerCase(w.charAt(0)) && nextIsCapital(we));
            if (!allowed && words > 0 && (lw.equals("on") || lw.equals("in") || lw.equals("citing")
                    || lw.equals("that") || lw.equals("last") || lw.equals("earlier"))) {
                break;
            }
            if (!allowed && words > 0 && !Character.isLowerCase(w.charAt(0))) {
                break;
            }
            if (!allowed && words == 0) {
                // "a senior source in ...": lower-case phrases run to punctuation.
                return stripPunctuation(new TextRange(s, clauseEnd(s)));
            }
            words++;
            e = we;
            i = we;
            if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                break;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return new TextRange(s, e);
    }

    private boolean nextIsCapital(int index) {
        int i = skipSpaces(index);
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private int clauseEnd(int from) {
        int i = from;
        while (i < text.length() && ",.;:!?\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** The phrase opening a sentence up to its first auxiliary or verb-like word. */
    private TextRange sentenceSubject(TextRange s) {
        int i = s.start();
        int e = i;
        int words = 0;
        while (i < s.end() && words < 8) {
            int we = CueLexicon.wordEnd(text, i, s.end());
            if (we == i) {
                break;
            }
            String w = text.substring(i, we).toLowerCase(Locale.ROOT);
            if (SKIP_BEFORE_VERB.contains(w) || lexicon.lookup(w) != null || SUBJECT_STOPS.contains(w)) {
                break;
            }
            if (words > 0 && Character.isLowerCase(text.charAt(i)) && !DETERMINERS.contains(w) && !w.equals("of")
                    && Character.isUpperCase(firstCharOfWordBefore(i))) {
                break; // a name has ended: "Vladimir Putin condemned"
            }
            e = we;
            words++;
            i = skipSpaces(we);
        }
        return new TextRange(s.start(), e);
    }

    private char firstCharOfWordBefore(int index) {
        return text.charAt(wordStartBefore(index));
    }

    private boolean restIsName(int from, int end) {
        int s = skipSpaces(from);
        return s < end && Character.isUpperCase(text.charAt(s)) && !wordAfter(from).equals("i");
    }

    /** True when nothing but a few words (a time adverbial) follows the cue before the content end. */
    private boolean shortTail(int from, int end) {
        if (from >= end) {
            return true;
        }
        String tail = text.substring(from, end).strip();
        if (tail.isEmpty() || tail.equals(".")) {
            return true;
        }
        String lower = tail.toLowerCase(Locale.ROOT);
        return !lower.contains(" that ") && !lower.startsWith("that") && tail.split("\\s+").length <= 4;
    }

    private int thatWithin(int from, int end, int maxWords) {
        int i = from;
        for (int w = 0; w < maxWords && i < end; w++) {
            i = skipSpaces(i);
            int we = CueLexicon.wordEnd(text, i, end);
            if (we == i) {
                if (i < end && text.charAt(i) == '"' || i < end && text.charAt(i) == '“') {
                    return -1;
                }
                i++;
                continue;
            }
            if (text.substring(i, we).equalsIgnoreCase("that")) {
                return we;
            }
            i = we;
        }
        return -1;
    }

    // ---- character helpers ----------------------------------------------------------------------------------

    /** First index of {@code c} in [from, to), or -1: searches never leave the sentence (no quadratic scans). */
    private int indexWithin(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Last start of {@code s} lying wholly in [from, to), or -1. */
    private int lastIndexWithin(String s, int from, int to) {
        for (int i = to - s.length(); i >= from; i--) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private char charBefore(int index) {
        int i = skipSpacesBack(index);
        return i > 0 ? text.charAt(i - 1) : '\n';
    }

    private int commaBefore(int index) {
        int i = skipSpacesBack(index);
        return i > 0 && text.charAt(i - 1) == ',' ? i - 1 : i;
    }

    private int skipSpaces(int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int skipSpacesBack(int i) {
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    private int skipWord(int i) {
        int s = skipSpaces(i);
        return CueLexicon.wordEnd(text, s, text.length());
    }

    private int wordStartBefore(int index) {
        int e = skipSpacesBack(index);
        int s = e;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || (s - 1 > 0 && s < e
                && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’' || text.charAt(s - 1) == '-')))) {
            s--;
        }
        return s;
    }

    private String wordBefore(int index) {
        int e = skipSpacesBack(index);
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private String wordAfter(int index) {
        int s = skipSpaces(index);
        return text.substring(s, CueLexicon.wordEnd(text, s, text.length())).toLowerCase(Locale.ROOT);
    }

    private String firstWord(TextRange s) {
        return text.substring(s.start(), CueLexicon.wordEnd(text, s.start(), s.end()));
    }
}
