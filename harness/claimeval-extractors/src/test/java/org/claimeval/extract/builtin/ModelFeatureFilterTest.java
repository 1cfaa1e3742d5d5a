package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Dropping the features a model does not know leaves its probabilities exactly as they were. */
class ModelFeatureFilterTest {
    private static final MaxentModel MODEL = EnglishModels.posModel().getArtifact("pos.model");
    private static final ModelFeatureFilter FILTER = ModelFeatureFilter.of(MODEL);

    @Test
    void everyFeatureOfTheModelIsKept() {
        @SuppressWarnings("unchecked")
        Map<String, ?> features = (Map<String, ?>) ((AbstractModel) MODEL).getDataStructures()[1];
        assertTrue(features.size() > 1000, "the English POS model lists its features");
        for (String feature : features.keySet()) {
            assertTrue(FILTER.mayKnow(feature), feature);
        }
    }

    @Test
    void theProbabilitiesAreTheSameBitForBitAndUnknownFeaturesAreDropped() {
        POSContextGenerator contexts = EnglishModels.posModel().getFactory().getPOSContextGenerator(3);
        int features = 0;
        int dropped = 0;
        for (String sentence : List.of("Zorvakian drones hit Qelmitz overnight, the regional governor said.",
                "The agency reports that 41 bridges were closed; officials estimate the damage at $3.2m.",
                "Ask me in a month whether the dam still holds.")) {
            String[] words = Span.spansToStrings(WordTokenizer.tokenize(sentence), sentence);
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] context = contexts.getContext(i, words, java.util.Arrays.copyOf(tags, i), new Object[0]);
                String[] known = FILTER.knownPart(context);
                // Fresh arrays: eval writes into the array it is given.
                double[] expected = MODEL.eval(context, new double[MODEL.getNumOutcomes()]);
                assertArrayEquals(expected, MODEL.eval(known, new double[MODEL.getNumOutcomes()]), 0.0,
                        sentence + " / word " + i);
                tags[i] = MODEL.getBestOutcome(expected);
                features += context.length;
                dropped += context.length - known.length;
            }
        }
        // Invented names ("Zorvakian", "Qelmitz") give word and affix features the model never saw.
        assertTrue(dropped > 0 && dropped < features, dropped + " of " + features + " dropped");
    }
}
