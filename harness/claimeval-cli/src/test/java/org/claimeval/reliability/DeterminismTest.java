package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: the JSON report without timing is byte-identical across runs, thread counts, and the machine's
 * default locale and time zone. A Turkish locale breaks naive case mapping ("I".toLowerCase() is a dotless ı)
 * and a German one formats 0.5 as "0,5"; Pacific/Kiritimati is UTC+14, as far from UTC as a zone gets.
 */
class DeterminismTest {
    private static final List<List<String>> MACHINES = List.of(
            List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati"),
            List.of("-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Europe/Berlin"));

    @Test
    void theJsonReportIsByteIdenticalAcrossRunsThreadsLocalesAndTimeZones(@TempDir Path tmp) throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        List<Path> reference = DeterminismProbe.write(plain);
        for (Path report : reference) {
            assertFalse(Files.readString(report).contains("\"timing\""), report + " has timing despite --no-timing");
            org.claimeval.report.ReportSchema.assertValid(report);
        }
        // Threads: each extractor's one-thread report equals its two-thread one, but for the setting itself.
        for (int i = 0; i < reference.size(); i += DeterminismProbe.THREADS.size()) {
            Path twoThreads = reference.get(i + 1);
            String text = Files.readString(twoThreads);
            assertEquals(1, text.split("\"threads\" : 2,", -1).length - 1, "the configuration names the threads once");
            Path asIfOne = tmp.resolve("as-if-one-thread-" + twoThreads.getFileName());
            Files.writeString(asIfOne, text.replace("\"threads\" : 2,", "\"threads\" : 1,"));
            assertSameBytes(reference.get(i), asIfOne);
        }
        // Runs: a second run in this JVM.
        Path again = Files.createDirectories(tmp.resolve("again"));
        List<Path> second = DeterminismProbe.write(again);
        for (int i = 0; i < reference.size(); i++) {
            assertSameBytes(reference.get(i), second.get(i));
        }
        // Machines: fresh JVMs with another default locale and time zone.
        for (List<String> machine : MACHINES) {
            Path dir = Files.createDirectories(tmp.resolve(machine.get(0).substring(2).replace('.', '-')));
            ForkedJvm.Result run = ForkedJvm.run(machine, DeterminismProbe.class.getName(), List.of(dir.toString()), tmp);
            assertEquals(0, run.exit(), run::transcript);
            for (Path report : reference) {
                assertSameBytes(report, dir.resolve(report.getFileName().toString()));
            }
        }
    }

    private static void assertSameBytes(Path expected, Path actual) throws Exception {
        byte[] a = Files.readAllBytes(expected);
        byte[] b = Files.readAllBytes(actual);
        if (!java.util.Arrays.equals(a, b)) {
            // Show the first differing line rather than two byte arrays.
            List<String> x = List.of(new String(a, StandardCharsets.UTF_8).split("\n"));
            List<String> y = List.of(new String(b, StandardCharsets.UTF_8).split("\n"));
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                assertEquals(x.get(i), y.get(i), expected + " vs " + actual + " line " + (i + 1));
            }
        }
        assertArrayEquals(a, b, expected + " vs " + actual);
    }
}
