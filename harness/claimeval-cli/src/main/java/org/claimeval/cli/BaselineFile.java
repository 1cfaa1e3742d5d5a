package org.claimeval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.claimeval.io.InputFile;
import org.claimeval.io.Json;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;
import org.claimeval.report.ReportMetrics;

/** Reads the metrics of an earlier JSON report, to gate on regressions against it. */
final class BaselineFile {
    private BaselineFile() {
    }

    /**
     * @param expectedSignature the current run's signature: the baseline must share its dataset, match and subset
     *                          (comparing F1 across different gold or matching would be meaningless)
     */
    static ReportMetrics read(Path file, String expectedSignature) throws BadInputException {
        String name = file.toString();
        JsonNode root;
        try {
            root = Json.mapper().readTree(InputFile.readAll(file));
        } catch (IOException e) {
            throw new BadInputException(new Problem(name, 0, null, null, "cannot read the baseline report: "
                    + e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.path("micro").isObject()) {
            throw new BadInputException(new Problem(name, 1, null, null, "not a claimeval JSON report"));
        }
        String signature = root.path("signature").asText("");
        if (!comparablePart(signature).equals(comparablePart(expectedSignature))) {
            throw new BadInputException(new Problem(name, 0, null, "signature",
                    "baseline was scored differently: " + signature + " vs this run's " + expectedSignature));
        }
        return ReportMetrics.of(root);
    }

    /** The baseline's value of a metric; bad input when the baseline (an older report, say) does not have it. */
    static double value(ReportMetrics baseline, Path file, String path, String metric) throws BadInputException {
        if (!baseline.has(path)) {
            throw new BadInputException(new Problem(file.toString(), 0, null, path,
                    "the baseline report has no " + metric + "; record it again with this version of claimeval"));
        }
        return baseline.value(path);
    }

    /** The signature without its extractor part: dataset, matching and subset must agree. */
    private static String comparablePart(String signature) {
        int extractor = signature.indexOf("|extractor:");
        String withoutExtractor = extractor < 0 ? signature : signature.substring(0, extractor);
        // The harness version may differ between baseline and run; the rest may not.
        int dataset = withoutExtractor.indexOf("|dataset:");
        return dataset < 0 ? withoutExtractor : withoutExtractor.substring(dataset);
    }
}
