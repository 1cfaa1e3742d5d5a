package org.claimeval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.junit.jupiter.api.Test;

/** Cross-validation by folds of consecutive documents; leave-one-document-out when there are few documents. */
class CrossValidationTest {

    @Test
    void sevenDocumentsInThreeFoldsAreCutIntoRunsOfThreeTwoAndTwo() {
        Training.CrossValidation cv = new Training.CrossValidation(3);
        // Fold of index i is floor(i * 3 / 7): 0/7, 3/7, 6/7 -> 0; 9/7, 12/7 -> 1; 15/7, 18/7 -> 2.
        assertEquals(List.of(0, 0, 0, 1, 1, 2, 2), IntStream.range(0, 7).map(i -> cv.foldOf(i, 7)).boxed().toList());
        assertEquals("cv:3", cv.regime(7));
        assertEquals("+cv3", cv.versionSuffix(7));
    }

    @Test
    void fewerDocumentsThanFoldsIsLeaveOneDocumentOut() {
        Training.CrossValidation cv = new Training.CrossValidation(Training.DEFAULT_FOLDS);
        assertEquals(List.of(0, 1, 2, 3, 4), IntStream.range(0, 5).map(i -> cv.foldOf(i, 5)).boxed().toList());
        assertEquals("loocv", cv.regime(5));
        assertEquals("+loocv", cv.versionSuffix(5));
    }

    @Test
    void oneFoldIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Training.CrossValidation(1));
    }

    /** Records, per prepared instance, the documents it was trained on and the ones it then extracted. */
    private static final class Recorder implements ClaimExtractor {
        static final List<String> FOLDS = Collections.synchronizedList(new ArrayList<>());
        private final List<String> training = new ArrayList<>();

        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public boolean learns() {
            return true;
        }

        @Override
        public void prepare(ExtractionContext context) {
            context.trainingDocuments().forEach(d -> training.add(d.id()));
        }

        @Override
        public List<Claim> extract(Document document) {
            FOLDS.add("trained on " + training + ", extracted " + document.id());
            return List.of();
        }
    }

    @Test
    void eachFoldIsExtractedByAModelThatNeverSawIt() throws Exception {
        List<Document> documents = IntStream.range(1, 6).mapToObj(i -> new Document("d" + i, "Text " + i + ".")).toList();
        Map<String, List<Claim>> gold = new TreeMap<>();
        documents.forEach(d -> gold.put(d.id(), List.of()));
        Dataset dataset = new Dataset("five", "1.0.0", documents, ClaimantRegistry.empty(), gold, "0".repeat(64));
        Recorder.FOLDS.clear();
        Extraction extraction = Evaluation.extract(new ExtractorSpec.InProcess(Recorder::new), dataset,
                Training.crossValidation(2), ExtractionRunner.Options.defaults(), false);
        // 5 documents in 2 folds: floor(i * 2 / 5) for i = 0..4 is 0, 0, 0, 1, 1.
        assertEquals(List.of(
                "trained on [d4, d5], extracted d1", "trained on [d4, d5], extracted d2", "trained on [d4, d5], extracted d3",
                "trained on [d1, d2, d3], extracted d4", "trained on [d1, d2, d3], extracted d5"), Recorder.FOLDS);
        assertEquals("cv:2", extraction.training());
        assertEquals("1+cv2", extraction.id().version());
    }
}
