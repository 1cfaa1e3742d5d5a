package org.claimeval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.Counts;
import org.claimeval.score.MatchConfig;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Subset;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.pipeline.Training;
import org.junit.jupiter.api.Test;

/** The public pipeline, driven from Java with an extractor object, on the valid fixture dataset (e01, e02). */
class EvaluationTest {

    /** Predicts the first gold claim of e01, "61,000 servicemen were lost" (66-93), and nothing else. */
    static final class OneClaim implements ClaimExtractor {
        final List<String> trainedOn = Collections.synchronizedList(new ArrayList<>());
        boolean learning;

        OneClaim learning() {
            learning = true;
            return this;
        }

        @Override
        public boolean learns() {
            return learning;
        }

        @Override
        public String name() {
            return "one";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public void prepare(ExtractionContext context) {
            context.trainingDocuments().forEach(d -> trainedOn.add(d.id()));
        }

        @Override
        public List<Claim> extract(Document document) {
            return document.id().equals("e01")
                    ? List.of(Claim.span(null, "e01", 66, 93, "61,000 servicemen were lost"))
                    : List.of();
        }
    }

    private static Dataset fixture() throws Exception {
        return DatasetLoader.load(validFixture().resolve("dataset"));
    }

    static Path validFixture() throws URISyntaxException {
        return Path.of(EvaluationTest.class.getResource("/datasets/valid").toURI());
    }

    @Test
    void runScoresAnInProcessExtractor() throws Exception {
        Dataset data = fixture();
        var options = ExtractionRunner.Options.defaults();
        ScoreReport report = Evaluation.run(new ExtractorSpec.InProcess(OneClaim::new), data,
                Evaluation.context(data), options, false, ScoreConfig.defaults(), false);
        // Gold: 3 claims in e01, 2 in e02 = 5. One exact prediction: TP 1, FP 0, FN 5 - 1 = 4.
        assertEquals(new Counts(1, 0, 4), report.scores().micro());
        assertEquals("one@1", report.extractor().toString());
        assertEquals("java", report.settings().source());
        assertEquals(null, report.timing());
    }

    @Test
    void oneExtractionScoresUnderSeveralConfigurations() throws Exception {
        Dataset data = fixture();
        var options = ExtractionRunner.Options.defaults();
        Extraction extraction = Evaluation.extract(new ExtractorSpec.InProcess(OneClaim::new), data,
                Evaluation.context(data), options, false);
        ScoreReport exact = Evaluation.score(extraction, data, new ScoreConfig(MatchConfig.exact(), Subset.ALL),
                options, false);
        ScoreReport overlap = Evaluation.score(extraction, data,
                new ScoreConfig(MatchConfig.overlap(MatchConfig.DEFAULT_IOU), Subset.ALL), options, false);
        // The prediction is the gold span exactly, so both matchings count it: TP 1, FN 4.
        assertEquals(new Counts(1, 0, 4), exact.scores().micro());
        assertEquals(new Counts(1, 0, 4), overlap.scores().micro());
    }

    @Test
    void crossValidationTrainsEachFoldOnTheOtherDocumentsOnly() throws Exception {
        Dataset data = fixture();
        List<OneClaim> folds = Collections.synchronizedList(new ArrayList<>());
        Extraction extraction = Evaluation.crossValidate(new ExtractorSpec.InProcess(() -> {
            OneClaim fold = new OneClaim().learning();
            folds.add(fold);
            return fold;
        }), data, ExtractionRunner.Options.defaults());
        assertEquals(3, folds.size(), "one asked whether it learns, then a fresh extractor per fold");
        assertEquals(List.of(), folds.get(0).trainedOn, "the one asked is never prepared");
        assertEquals(List.of("e02"), folds.get(1).trainedOn, "the fold scoring e01 trains on e02");
        assertEquals(List.of("e01"), folds.get(2).trainedOn, "the fold scoring e02 trains on e01");
        assertEquals("1+loocv", extraction.id().version());
        assertEquals("loocv", extraction.training());
        assertEquals("java", extraction.spec().source());
    }

    @Test
    void anExtractorThatDoesNotLearnIsNeverCrossValidated() throws Exception {
        Dataset data = fixture();
        List<OneClaim> made = Collections.synchronizedList(new ArrayList<>());
        Extraction extraction = Evaluation.crossValidate(new ExtractorSpec.InProcess(() -> {
            OneClaim one = new OneClaim();
            made.add(one);
            return one;
        }), data, ExtractionRunner.Options.defaults());
        assertEquals(1, made.size(), "one plain run");
        assertEquals(List.of(), made.get(0).trainedOn, "and nothing to train on");
        assertEquals("1", extraction.id().version(), "not labelled +loocv");
        assertEquals("none", extraction.training());
        ScoreReport report = Evaluation.score(extraction, data, ScoreConfig.defaults(), ExtractionRunner.Options.defaults(),
                false);
        assertTrue(!report.signature().contains("training"), report::signature);
    }

    @Test
    void trainingOnADatasetThatSharesADocumentIsRefused() throws Exception {
        Dataset data = fixture();
        BadInputException e = assertThrows(BadInputException.class, () -> Evaluation.extract(
                new ExtractorSpec.InProcess(() -> new OneClaim().learning()), data, Training.on(data),
                ExtractionRunner.Options.defaults(), false));
        assertTrue(e.getMessage().contains("2 document(s) of training dataset"), e::getMessage);
        assertEquals("--train", e.problems().get(0).field());
    }

    @Test
    void trainingContextLeavesOutTheScoredDocuments() throws Exception {
        Dataset data = fixture();
        ExtractionContext none = Evaluation.context(data, data);
        assertTrue(none.trainingDocuments().isEmpty(), "a dataset never trains on itself");
        assertEquals(data.claimants(), none.claimants());
    }
}
