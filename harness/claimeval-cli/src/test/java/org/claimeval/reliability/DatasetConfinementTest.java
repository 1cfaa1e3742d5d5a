package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 1, dataset content stays inside the dataset: a pull request's manifest may only name regular
 * files inside the dataset folder (or the seeds/ folder beside it), after {@code ..} and links are resolved;
 * anything else is exit 2 at the manifest's line and field, and no message quotes a file that failed its hash.
 */
class DatasetConfinementTest {
    /** Where documents[0].seed is in the fixture's manifest.json. */
    private static final String SEED_FIELD = ":8: field documents[0].seed: ";

    private static Path datasetWithSeed(Path tmp, String seed) throws IOException {
        Path dataset = HostileJar.dataset(tmp);
        Path manifest = dataset.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"../seeds/e01.txt\"", "\"" + seed + "\""));
        return dataset;
    }

    private static Cli validate(Path dataset) {
        return Cli.run("validate", "--dataset", dataset.toString());
    }

    private static void assertRefusedAtSeed(Cli run, String why) {
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("manifest.json" + SEED_FIELD), run.transcript());
        assertTrue(run.err().contains(why), run.transcript());
        assertFalse(run.printedStackTrace(), run.transcript());
    }

    @Test
    void anAbsoluteSeedPathIsRefused(@TempDir Path tmp) throws IOException {
        assertRefusedAtSeed(validate(datasetWithSeed(tmp, "/etc/hostname")), "is not a path relative to the dataset folder");
    }

    @Test
    void anEscapeWithDotDotIsRefused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-VALUE\n");
        Cli run = validate(datasetWithSeed(tmp, "../../secret.txt"));
        assertRefusedAtSeed(run, "leads outside the dataset folder");
        assertFalse(run.err().contains("TOP-SECRET-VALUE"), run.transcript());
    }

    @Test
    void aLinkInsideTheDatasetToProcEnvironIsRefusedAndNothingOfItIsPrinted(@TempDir Path tmp) throws IOException {
        Path dataset = datasetWithSeed(tmp, "environ.txt");
        Files.createSymbolicLink(dataset.resolve("environ.txt"), Path.of("/proc/self/environ"));
        Cli run = validate(dataset);
        assertRefusedAtSeed(run, "leads outside the dataset folder");
        String path = System.getenv("PATH");
        assertFalse(path != null && run.err().contains(path), run.transcript());
    }

    @Test
    void aLinkedSeedsFolderDoesNotWidenTheDataset(@TempDir Path tmp) throws IOException {
        Path dataset = datasetWithSeed(tmp, "../seeds/hostname");
        Path seeds = tmp.resolve("fixture/seeds");
        try (var files = Files.list(seeds)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(seeds);
        Files.createSymbolicLink(seeds, Path.of("/etc"));
        assertRefusedAtSeed(validate(dataset), "leads outside the dataset folder");
    }

    @Test
    void aDeviceReachedThroughALinkIsRefused(@TempDir Path tmp) throws IOException {
        Path dataset = datasetWithSeed(tmp, "zero.txt");
        Path devices = Files.createDirectories(dataset.resolve("dev"));
        Files.createSymbolicLink(devices.resolve("zero"), Path.of("/dev/zero"));
        Files.writeString(dataset.resolve("manifest.json"),
                Files.readString(dataset.resolve("manifest.json")).replace("\"zero.txt\"", "\"dev/zero\""));
        assertRefusedAtSeed(validate(dataset), "leads outside the dataset folder");
    }

    @Test
    void aFifoInsideTheDatasetIsRefusedNotWaitedOn(@TempDir Path tmp) throws Exception {
        Path dataset = datasetWithSeed(tmp, "pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", dataset.resolve("pipe.txt").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertRefusedAtSeed(validate(dataset), "is not a regular file");
    }

    @Test
    void aSeedThatFailsItsHashIsNeverQuoted(@TempDir Path tmp) throws IOException {
        Path dataset = datasetWithSeed(tmp, "other.txt");
        Files.writeString(dataset.resolve("other.txt"), "SECRET-FIRST-LINE token=abc123\nmore\n");
        Cli run = validate(dataset);
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains(":9: field documents[0].sha256: is f3ad8fb4"), run.transcript());
        assertFalse(run.err().contains("SECRET-FIRST-LINE"), run.transcript());
        assertFalse(run.err().contains("abc123"), run.transcript());
    }

    @Test
    void anAnnotationSetsGoldFilesAreConfinedToo(@TempDir Path tmp) throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOKEN=SECRET-VALUE-42\n");
        Path gold = Files.createDirectories(tmp.resolve("pass2/gold"));
        Files.createSymbolicLink(gold.resolve("e01.json"), secret);
        Cli run = Cli.run("agree", HostileJar.dataset(tmp).toString(), gold.getParent().toString());
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("leads outside"), run.transcript());
        assertFalse(run.err().contains("SECRET-VALUE"), run.transcript());
    }

    @Test
    void aPredictionsFileLinkedToProcEnvironIsRefusedAndNothingOfItIsPrinted(@TempDir Path tmp) throws IOException {
        Path predictions = Files.createSymbolicLink(tmp.resolve("predictions.jsonl"), Path.of("/proc/self/environ"));
        Cli run = Cli.run("score", "--dataset", HostileJar.dataset(tmp).toString(), "--predictions", predictions.toString());
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("is a file of the running system"), run.transcript());
        assertFalse(run.err().contains("PATH") || run.err().contains("HOME"), run.transcript());
    }

    @Test
    void aPredictionsFileLinkedOutsideItsFolderIsRefused(@TempDir Path tmp) throws IOException {
        Path secret = Files.writeString(tmp.resolve("id_rsa"), "-----BEGIN SECRET-KEY-VALUE\n");
        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        Path predictions = Files.createSymbolicLink(checkout.resolve("predictions.jsonl"), secret);
        Cli run = Cli.run("score", "--dataset", HostileJar.dataset(tmp).toString(), "--predictions", predictions.toString());
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains("is a link that leads outside its folder"), run.transcript());
        assertFalse(run.err().contains("SECRET-KEY-VALUE"), run.transcript());
    }

    @Test
    void aLinkWithinItsOwnFolderIsFollowed(@TempDir Path tmp) throws IOException {
        Path dataset = HostileJar.dataset(tmp);
        Path real = Files.writeString(tmp.resolve("real.jsonl"), "");
        Path predictions = Files.createSymbolicLink(tmp.resolve("predictions.jsonl"), real.getFileName());
        Cli run = Cli.run("score", "--dataset", dataset.toString(), "--predictions", predictions.toString());
        assertEquals(0, run.exit(), run.transcript());
    }

    @Test
    void theProjectLayoutStillValidates(@TempDir Path tmp) {
        Cli run = validate(HostileJar.dataset(tmp)); // seeds named ../seeds/e01.txt, the folder beside the dataset
        assertEquals(0, run.exit(), run.transcript());
    }
}
