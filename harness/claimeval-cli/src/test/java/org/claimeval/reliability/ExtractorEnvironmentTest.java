package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 1, secrets stay in the CI job: an extractor script from a pull request that reads the job's
 * environment (to hand a token back as claim text, which reports print) sees only the variables claimeval
 * keeps for running programs, and those the job's owner names in CLAIMEVAL_PASS_ENV.
 */
class ExtractorEnvironmentTest {
    private static final String SECRET = "ghp_SECRET-VALUE-0123456789";

    /** Runs score in a child JVM whose environment holds the secret; returns what the extractor saw. */
    private static String environmentSeenByTheExtractor(Path tmp, Map<String, String> extra) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "First line\nSome text."));
        Path seen = tmp.resolve("seen.env");
        Path script = BuiltDataset.script(tmp, "dumps-env.sh", "env > " + seen + "\n" + BuiltDataset.ANSWERS_NOTHING);
        ForkedJvm.Result run = ForkedJvm.run(List.of(), extra, "org.claimeval.cli.Main",
                List.of("score", "--dataset", dataset.toString(), "--extractor-cmd", script.toString()), tmp);
        assertEquals(0, run.exit(), run.transcript());
        return Files.readString(seen);
    }

    @Test
    void aSecretInTheJobsEnvironmentNeverReachesTheExtractor(@TempDir Path tmp) throws Exception {
        String seen = environmentSeenByTheExtractor(tmp, Map.of("GITHUB_TOKEN", SECRET, "AWS_SECRET_ACCESS_KEY", SECRET));
        assertFalse(seen.contains(SECRET), seen);
        assertFalse(seen.contains("GITHUB_TOKEN"), seen);
        assertTrue(seen.contains("PATH="), "the extractor still finds its programs: " + seen);
    }

    @Test
    void aVariableTheJobNamesIsPassed(@TempDir Path tmp) throws Exception {
        String seen = environmentSeenByTheExtractor(tmp, Map.of("MODEL_API_KEY", SECRET, "GITHUB_TOKEN", "other",
                "CLAIMEVAL_PASS_ENV", "MODEL_API_KEY"));
        assertTrue(seen.contains("MODEL_API_KEY=" + SECRET), seen);
        assertFalse(seen.contains("GITHUB_TOKEN"), seen);
    }
}
