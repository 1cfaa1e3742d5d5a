package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset folder is user input too: a manifest whose seed path names a device or a huge file must give a
 * located problem and exit 2, never read forever or run out of memory (before the limit in
 * {@code DatasetSource.Directory}, {@code /dev/zero} as a seed did exactly that).
 */
class HostileDatasetTest {

    private static Cli validateWithSeed(Path tmp, String seed) throws IOException {
        Path root = Resources.copyTree(Resources.path("datasets/valid"), tmp.resolve("fixture"));
        Path manifest = root.resolve("dataset/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"../seeds/e01.txt\"", "\"" + seed + "\""));
        return Cli.run("validate", "--dataset", root.resolve("dataset").toString());
    }

    @Test
    void aSeedThatIsADeviceIsAProblemNotAnEndlessRead(@TempDir Path tmp) throws IOException {
        Cli run = validateWithSeed(tmp, "/dev/zero");
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("documents[0].seed: names /dev/zero, which cannot be used: is not a path relative to the dataset folder"), run.transcript());
        assertFalse(run.printedStackTrace(), run.transcript());
    }

    @Test
    void aSeedOverTheSizeLimitIsAProblem(@TempDir Path tmp) throws IOException {
        Path huge = tmp.resolve("fixture/dataset/huge.txt");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024); // sparse: no 65 MB is written to disk
        }
        Cli run = validateWithSeed(tmp, "huge.txt");
        assertEquals(2, run.exit(), run.transcript());
        // 65 MiB = 68157440 bytes, over the 64 MiB limit.
        assertTrue(run.err().contains("huge.txt, which cannot be used: larger than 64 MB (68157440 bytes)"), run.transcript());
    }
}
