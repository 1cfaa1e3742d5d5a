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
 * Attack class 1 for {@code import}: a corpus from a pull request is read only from inside its folder. A link
 * named like a text or an annotation that leads to a user's file would otherwise put that file's content into
 * the imported dataset (and into every report made from it); a device or a pipe would be read forever.
 */
class ImportConfinementTest {
    private static final Path BRAT_MINI = Path.of("..", "..", "dataset", "examples", "brat-mini");
    private static final String SECRET = "TOKEN=SECRET-VALUE-42";

    private static Path corpusCopy(Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (var files = Files.list(BRAT_MINI)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        return corpus;
    }

    private static void assertRefused(Cli run, Path out, String file, String why) {
        assertEquals(2, run.exit(), run.transcript());
        assertTrue(run.err().contains(file), run.transcript());
        assertTrue(run.err().contains(why), run.transcript());
        assertFalse(run.err().contains(SECRET), run.transcript());
        assertFalse(run.printedStackTrace(), run.transcript());
        assertFalse(Files.exists(out), "nothing is written: " + out);
    }

    /** Imports a copy of the example corpus in which {@code file} is a link to {@code target}. */
    private static Cli importWithLink(Path tmp, String file, Path target) throws IOException {
        Path corpus = corpusCopy(tmp);
        Files.delete(corpus.resolve(file));
        Files.createSymbolicLink(corpus.resolve(file), target);
        return Cli.run("import", "brat", corpus.toString(), "-o", tmp.resolve("out").toString(), "--name", "mini");
    }

    @Test
    void aTextLinkedToAFileOutsideTheCorpusIsRefused(@TempDir Path tmp) throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET + "\n");
        Cli run = importWithLink(tmp, "harbour-03.txt", secret);
        assertRefused(run, tmp.resolve("out"), "harbour-03.txt", "leads outside the brat folder");
    }

    @Test
    void anAnnotationLinkedToProcEnvironIsRefused(@TempDir Path tmp) throws IOException {
        Cli run = importWithLink(tmp, "harbour-01.bob.ann", Path.of("/proc/self/environ"));
        assertRefused(run, tmp.resolve("out"), "harbour-01.bob.ann", "leads outside the brat folder");
        String path = System.getenv("PATH");
        assertFalse(path != null && run.err().contains(path), run.transcript());
    }

    @Test
    void anAnnotationConfLinkedToADeviceIsRefusedNotReadForever(@TempDir Path tmp) throws IOException {
        Cli run = importWithLink(tmp, "annotation.conf", Path.of("/dev/zero"));
        assertRefused(run, tmp.resolve("out"), "annotation.conf", "leads outside the brat folder");
    }

    @Test
    void aLabelStudioExportThatIsADeviceIsRefusedNotReadForever(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        Cli run = Cli.run("import", "labelstudio", "/dev/zero", "-o", out.toString(), "--name", "mini");
        assertRefused(run, out, "/dev/zero", "is not a regular file");
    }

    @Test
    void theExampleCorpusStillImports(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli run = Cli.run("import", "brat", corpusCopy(tmp).toString(), "-o", out.toString(), "--name", "mini");
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")), run.transcript());
    }
}
