package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.pipeline.Training;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.MatchConfig;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Subset;
import org.junit.jupiter.api.Test;

/** The accuracy floors the built-in extractors promise (issue 4), on the bundled dataset. */
class FloorsTest {

    private static ScoreReport score(String extractor, Subset subset) throws Exception {
        Dataset data = DatasetLoader.bundled();
        var options = ExtractionRunner.Options.defaults();
        return Evaluation.run(new ExtractorSpec.Named(extractor), data, Training.leaveOneOut(), options, false,
                new ScoreConfig(MatchConfig.overlap(MatchConfig.DEFAULT_IOU), subset), false);
    }

    @Test
    void cueFindsAttributedClaimsAndTheirClaimants() throws Exception {
        var scores = score("cue", Subset.ATTRIBUTED).scores();
        assertTrue(scores.micro().f1() >= 0.65, "cue overlap F1 on attributed claims: " + scores.micro().f1());
        double claimant = scores.attributes().claimant().accuracy();
        assertTrue(claimant >= 0.75, "cue claimant accuracy on matched claims: " + claimant);
    }

    @Test
    void quoteIsPreciseOnDirectQuotations() throws Exception {
        double precision = score("quote", Subset.ALL).scores().micro().precision();
        assertTrue(precision >= 0.9, "quote precision: " + precision);
    }
}
