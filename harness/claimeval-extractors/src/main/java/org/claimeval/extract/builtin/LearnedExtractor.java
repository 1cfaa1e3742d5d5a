package org.claimeval.extract.builtin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * A maxent sentence classifier (claim / not a claim, OpenNLP {@link DocumentCategorizerME} over
 * {@link SentenceFeatures}) trained only on the training set of the {@link ExtractionContext}, plus the
 * {@code cue} rules for spans and claimants: a sentence with cue claims keeps them; a sentence the classifier
 * calls a claim and no cue covers becomes an author claim. Training is deterministic: GIS maxent, one thread,
 * documents sorted by id.
 *
 * <p>Cross-validation: {@link #leaveOneDocumentOut} trains on all documents but one and predicts that one, for
 * each document in turn; no document's gold reaches the model that predicts it.
 */
public final class LearnedExtractor implements ClaimExtractor {
    static final String CLAIM = "claim";
    static final String OTHER = "other";

    private volatile RegistryLookup registry = new RegistryLookup(ClaimantRegistry.empty());
    private volatile org.claimeval.model.Annotates annotates = org.claimeval.model.Annotates.EVERYTHING;
    private volatile DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizer =
            ThreadLocal.withInitial(() -> new DocumentCategorizerME(requireModel()));

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public String version() {
        return "1.0";
    }

    /** Trained on the context's documents: the harness scores it leave-one-document-out. */
    @Override
    public boolean learns() {
        return true;
    }

    @Override
    public void prepare(ExtractionContext context) throws IOException {
        registry = new RegistryLookup(Objects.requireNonNull(context.claimants(), "claimants"));
        annotates = context.annotates();
        EnglishModels.sentenceModel();
        EnglishModels.posModel();
        model = train(context.trainingDocuments(), context.trainingGold());
    }

    private DoccatModel requireModel() {
        if (model == null) {
            throw new IllegalStateException("the learned extractor was not prepared with a training set");
        }
        return model;
    }

    /** Trains the sentence classifier; fails with a clear message when there is nothing to learn from. */
    static DoccatModel train(List<Document> documents, Map<String, List<Claim>> gold) throws IOException {
        if (documents.isEmpty()) {
            throw new IllegalStateException("the learned extractor needs training documents with gold claims;"
                    + " the training set is empty");
        }
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::id));
        List<DocumentSample> samples = new ArrayList<>();
        boolean[] seen = new boolean[2];
        for (Document doc : sorted) {
            List<Claim> claims = gold.getOrDefault(doc.id(), List.of());
            List<TextRange> sentences = SentenceSplitter.sentences(doc.text());
            for (int k = 0; k < sentences.size(); k++) {
                TextRange s = sentences.get(k);
                boolean positive = containsClaim(doc, s, claims);
                seen[positive ? 0 : 1] = true;
                samples.add(new DocumentSample(positive ? CLAIM : OTHER, SentenceFeatures.of(doc.text(), s, k)));
            }
        }
        if (!seen[0] || !seen[1]) {
            throw new IllegalStateException("the learned extractor needs both claim and non-claim sentences in"
                    + " its training set; found only " + (seen[0] ? "claim" : "non-claim") + " sentences");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params, new DoccatFactory());
    }

    /** A sentence is a positive when most of some gold claim's content lies inside it. */
    static boolean containsClaim(Document doc, TextRange sentence, List<Claim> claims) {
        int s = doc.toCodePointOffset(sentence.start());
        int e = doc.toCodePointOffset(sentence.end());
        for (Claim c : claims) {
            int overlap = Math.min(e, c.end()) - Math.max(s, c.start());
            if (overlap > 0 && 2 * overlap > c.end() - c.start()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Claim> extract(Document document) {
        DocumentCategorizerME cat = categorizer.get();
        String text = document.text();
        // One sentence detection per document: the cue rules split the text, the classifier reuses their sentences.
        AttributionRules rules = new AttributionRules(text, registry);
        List<Claim> cueClaims = CueExtractor.claims(document, rules.all());
        List<Claim> out = new ArrayList<>(cueClaims);
        List<TextRange> sentences = rules.sentences();
        for (int k = 0; k < sentences.size(); k++) {
            TextRange s = sentences.get(k);
            double[] p = cat.categorize(SentenceFeatures.of(text, s, k));
            double claimProbability = p[cat.getIndex(CLAIM)];
            if (claimProbability < 0.5 || coveredByCue(document, s, cueClaims) || !authorVoice(text, s, rules)) {
                continue;
            }
            TextRange content = ContentTrimmer.trim(text, s.start(), s.end());
            if (!content.isEmpty() && !SpeechAct.isDirective(text, content)) {
                Claim c = ClaimFactory.author(document, content);
                out.add(c.toBuilder().score(claimProbability).build());
            }
        }
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        return ClaimFactory.forDataset(annotates, out);
    }

    /**
     * A sentence is covered when it holds most of a cue claim, or when most of it lies inside one (a quotation of
     * several sentences is one claim, rule 5).
     */
    private static boolean coveredByCue(Document doc, TextRange s, List<Claim> cueClaims) {
        if (containsClaim(doc, s, cueClaims)) {
            return true;
        }
        int start = doc.toCodePointOffset(s.start());
        int end = doc.toCodePointOffset(s.end());
        for (Claim c : cueClaims) {
            int overlap = Math.min(end, c.end()) - Math.max(start, c.start());
            if (overlap > 0 && 2 * overlap > end - start) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence can be the article's own voice: not a question (guideline 4), not reported speech that
     * the cue rules read and made no claim of ("Moscow has dismissed the figures", a quoted directive), and not the
     * outlet's greeting or notice (H48).
     */
    private static boolean authorVoice(String text, TextRange s, AttributionRules rules) {
        int last = s.end() - 1;
        while (last > s.start() && ContentTrimmer.isQuoteMark(text.charAt(last))) {
            last--;
        }
        return text.charAt(last) != '?' && !rules.reportsSpeech(s) && !HouseNotice.is(text, s)
                && !(text.charAt(last) != '.' && text.charAt(last) != '!' && verbless(text, s));
    }

    /**
     * Whether a line has no verb: a headline or heading without a final stop that is only a noun phrase ("Summary
     * of the ministry on the situation in the region") is a title, which asserts nothing (guideline 3 judges its
     * main clause, and it has none). Only such lines are tagged, one or two per article.
     */
    static boolean verbless(String text, TextRange s) {
        String line = text.substring(s.start(), s.end());
        String[] words = opennlp.tools.util.Span.spansToStrings(WordTokenizer.tokenize(line), line);
        WordTagger tagger = EnglishModels.wordTagger();
        for (int i = 0; i < words.length; i++) {
            String tag = tagger.tagOf(words, i);
            if (tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB") || tag.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Leave-one-document-out predictions: for each document, a fresh extractor trained on all the others
     * predicts it. The result maps document id to predictions, in document-id order.
     */
    public static Map<String, List<Claim>> leaveOneDocumentOut(List<Document> documents,
                                                                Map<String, List<Claim>> gold,
                                                                ClaimantRegistry registry) throws IOException {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(Document::id));
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        for (Document held : sorted) {
            List<Document> train = new ArrayList<>();
            Map<String, List<Claim>> trainGold = new LinkedHashMap<>();
            for (Document d : sorted) {
                if (!d.id().equals(held.id())) {
                    train.add(d);
                    trainGold.put(d.id(), gold.getOrDefault(d.id(), List.of()));
                }
            }
            LearnedExtractor fold = new LearnedExtractor();
            fold.prepare(new ExtractionContext(registry, train, trainGold));
            out.put(held.id(), fold.extract(held));
        }
        return out;
    }
}
