package org.claimeval.cli;

import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import picocli.CommandLine.Command;

/**
 * {@code score} without {@code --train}: a learning extractor is cross-validated, which is what {@code score}
 * does by default too; kept as a name for it. An extractor that does not learn runs once.
 */
@Command(name = "crossval", mixinStandardHelpOptions = true,
        description = "Cross-validation of a learning extractor by documents: train on all folds but one, score that "
                + "one, for every fold (a fold per document up to --folds documents: leave-one-document-out); report "
                + "the pooled result. No document's gold reaches the model that scores it. An extractor that does not "
                + "learn runs once (as with score).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error or bad input", "3:the extractor failed"})
final class CrossvalCommand extends ScoreCommand {

    @Override
    Extraction extract(ExtractorSpec spec, Dataset data, ExtractionRunner.Options options) throws Exception {
        if (extractor.train != null) {
            throw ExtractorOptions.usage("crossval trains leave-one-document-out; use score --train DIR to train on another dataset");
        }
        return Evaluation.extract(spec, data, extractor.training(), options, false);
    }
}
