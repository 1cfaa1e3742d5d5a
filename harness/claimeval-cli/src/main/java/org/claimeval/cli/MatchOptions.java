package org.claimeval.cli;

import org.claimeval.model.BadInputException;
import org.claimeval.score.MatchConfig;
import org.claimeval.score.MatchMode;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Subset;
import picocli.CommandLine.Option;

/** How predictions are matched to gold claims and which gold claims count. */
public final class MatchOptions implements CheckedBeforeWork.Options {
    @Option(names = "--match", defaultValue = "overlap",
            description = "exact (same offsets), overlap (token IoU >= --iou) or partial (any token shared); "
                    + "default: ${DEFAULT-VALUE}.")
    MatchMode mode;

    @Option(names = "--iou", defaultValue = "0.5", description = "Token IoU threshold for overlap (default: ${DEFAULT-VALUE}).")
    double iou;

    @Option(names = "--subset", defaultValue = "all",
            description = "all, or attributed (explicit + implicit gold claims); default: ${DEFAULT-VALUE}.")
    Subset subset;

    @Override
    public void check() throws BadInputException {
        if (!(iou > 0 && iou <= 1)) {
            throw ExtractorOptions.usage("--iou must be in (0, 1], got " + iou);
        }
    }

    ScoreConfig config() throws BadInputException {
        check();
        return new ScoreConfig(new MatchConfig(mode, iou), subset);
    }
}
