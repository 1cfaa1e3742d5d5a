package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 5, output files are written like a careful Unix tool: atomically, with the umask's permissions,
 * through links, in place on devices and FIFOs, refused before any work when they cannot be written, and
 * standard output is UTF-8 whatever the locale.
 */
class OutputFilesTest {

    private static Cli claims(Path tmp, Path output) {
        return Cli.run("claims", "--dataset", HostileJar.dataset(tmp).toString(), "-o", output.toString());
    }

    private static void assertNoTemporaryFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".claimeval-")).toList());
        }
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsAndAnOldOneKeepsItsOwn(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path reference = dir.resolve("reference");
        Files.newOutputStream(reference).close(); // what the umask gives a new file here
        Path fresh = dir.resolve("fresh.txt");
        assertEquals(0, claims(tmp, fresh).exit());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(fresh));

        Path kept = Files.writeString(dir.resolve("README.md"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, claims(tmp, kept).exit());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertTrue(Files.readString(kept).length() > 3);
        assertNoTemporaryFiles(dir);
    }

    @Test
    void aLinkIsFollowedNotReplaced(@TempDir Path tmp) throws Exception {
        Path real = Files.writeString(tmp.resolve("real.md"), "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), Path.of("real.md"));
        Cli run = claims(tmp, link);
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.readString(real).equals("old"));
    }

    @Test
    void devicesAndFifosAreWrittenInPlace(@TempDir Path tmp) throws Exception {
        Cli toNull = claims(tmp, Path.of("/dev/null"));
        assertEquals(0, toNull.exit(), toNull.transcript());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null must never be replaced");

        Path fifo = tmp.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Cli run = claims(tmp, fifo);
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(reader.get(2, TimeUnit.MINUTES).contains("Dataset"), "the report came through the FIFO");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }

    @Test
    void anUnwritablePlaceIsExitTwoBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path dataset = HostileJar.dataset(tmp);
        Path started = tmp.resolve("started");
        Path script = BuiltDataset.script(tmp, "marks.sh", "touch " + started + "\n" + BuiltDataset.ANSWERS_NOTHING);
        Files.createDirectories(tmp.resolve("a-folder"));
        for (String output : List.of(tmp.resolve("missing/r.txt").toString(), tmp.resolve("a-folder").toString(),
                tmp.resolve("x".repeat(300) + ".txt").toString())) {
            List<String> args = new ArrayList<>(List.of("score", "--dataset", dataset.toString(), "--extractor-cmd",
                    script.toString(), "-o", output));
            Cli run = Cli.run(args);
            assertEquals(2, run.exit(), run.transcript());
            assertFalse(run.err().contains("internal error"), run.transcript());
            assertFalse(Files.exists(started), "the extractor ran before the output was checked");
        }
        for (String option : List.of("--junit", "--markdown")) {
            Cli run = Cli.run("gate", "--dataset", dataset.toString(), "--extractor-cmd", script.toString(),
                    "--min-f1", "0", option, tmp.resolve("missing/x").toString());
            assertEquals(2, run.exit(), run.transcript());
            assertFalse(Files.exists(started));
        }
        assertNoTemporaryFiles(tmp);
    }

    @Test
    void standardOutputIsUtf8WhateverTheLocale(@TempDir Path tmp) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "Café crème\nNaïve text."));
        Path script = BuiltDataset.script(tmp, "cafe.sh",
                "while IFS= read -r line; do printf '{\"doc\":\"d1\",\"claims\":[{\"start\":0,\"end\":10}]}\\n'; done");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.claimeval.cli.Main", "extract",
                "--dataset", dataset.toString(), "--extractor-cmd", script.toString());
        builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JAVA_TOOL"));
        builder.environment().put("LC_ALL", "C");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        byte[] out;
        try (var in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        assertTrue(new String(out, StandardCharsets.UTF_8).contains("\"text\":\"Café crème\""),
                new String(out, StandardCharsets.UTF_8));
    }
}
