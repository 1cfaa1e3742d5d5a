package org.claimeval.cli;

import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import picocli.CommandLine.Command;

/** {@code score}, with leave-one-document-out folds instead of one plain run. */
@Command(name = "crossval", mixinStandardHelpOptions = true,
        description = "Leave-one-document-out cross-validation: train on all documents but one, score that one, "
                + "for every document; report the pooled result. No document's gold reaches the model that scores it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error or bad input", "3:the extractor failed"})
final class CrossvalCommand extends ScoreCommand {

    @Override
    Extraction extract(ExtractorSpec spec, Dataset data, ExtractionRunner.Options options) throws Exception {
        return Evaluation.crossValidate(spec, data, options);
    }
}
