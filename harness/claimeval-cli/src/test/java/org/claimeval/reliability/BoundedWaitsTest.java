package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 2, every wait has a bound: whatever an extractor or an input does, claimeval finishes. The
 * preemptive timeouts below are hang guards far above any real run, not speed checks.
 */
class BoundedWaitsTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    private static Cli run(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(args), "claimeval hung");
    }

    @Test
    void aLargeRequestToAProcessThatNeverReadsTimesOut(@TempDir Path tmp) throws Exception {
        // 200,000 characters: far over the 64 KB a pipe holds, so the write itself blocks.
        Path dataset = BuiltDataset.write(tmp, Map.of("big", "Big document\n" + "word ".repeat(40_000)));
        Path never = BuiltDataset.script(tmp, "never-reads.sh", "exec sleep 600");
        Cli run = run("score", "--dataset", dataset.toString(), "--extractor-cmd", never.toString(), "--timeout", "1");
        assertEquals(3, run.exit(), run.transcript());
        assertTrue(run.err().contains("did not read the request within 1 s"), run.transcript());
    }

    private static final String SLOW_JAR = """
            public final class Hostile {
                public abstract static class Base implements ClaimExtractor {
                    public String version() { return "0"; }
                    public List<Claim> extract(Document d) { return List.of(); }
                }
                public static final class PrepareForever extends Base {
                    public String name() { return "prepare-forever"; }
                    public void prepare(ExtractionContext c) throws Exception { Thread.sleep(Long.MAX_VALUE); }
                }
                public static final class ConstructorLoops extends Base {
                    public ConstructorLoops() {
                        while (!Thread.currentThread().isInterrupted()) {
                            Thread.onSpinWait(); // a loop; it ends when claimeval gives up and interrupts
                        }
                    }
                    public String name() { return "constructor-loops"; }
                }
                public static final class BlocksWhileLoading extends Base {
                    static {
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    public String name() { return "blocks-loading"; }
                }
            }
            """;

    @Test
    void prepareThatNeverReturnsFailsTheRun(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, SLOW_JAR, List.of("Hostile$PrepareForever"));
        Cli run = run("score", "--dataset", HostileJar.dataset(tmp).toString(), "--extractor-jar", jar.toString(),
                "--timeout", "1");
        assertEquals(3, run.exit(), run.transcript());
        assertTrue(run.err().contains("did not finish preparing within 1 s"), run.transcript());
    }

    @Test
    void aConstructorThatLoopsFailsTheRun(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, SLOW_JAR, List.of("Hostile$ConstructorLoops"));
        Cli run = run("score", "--dataset", HostileJar.dataset(tmp).toString(), "--extractor-jar", jar.toString(),
                "--timeout", "1");
        assertEquals(3, run.exit(), run.transcript());
        assertTrue(run.err().contains("did not finish within 1 s"), run.transcript());
    }

    @Test
    void aClassThatBlocksWhileLoadingFailsTheRun(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, SLOW_JAR, List.of("Hostile$BlocksWhileLoading"));
        Cli run = run("score", "--dataset", HostileJar.dataset(tmp).toString(), "--extractor-jar", jar.toString(),
                "--timeout", "1");
        assertEquals(3, run.exit(), run.transcript());
        assertTrue(run.err().contains("did not finish within 1 s"), run.transcript());
    }

    @Test
    void endlessInputsAreRefused(@TempDir Path tmp) throws Exception {
        Path dataset = HostileJar.dataset(tmp);
        Path fifo = tmp.resolve("p.jsonl");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (List<String> args : List.of(
                List.of("score", "--predictions", "/dev/zero"),
                List.of("score", "--predictions", fifo.toString()),
                List.of("gate", "--extractor", "quote", "--baseline", "/dev/zero"),
                List.of("compare", "--a", "quote", "--b", fifo.toString()))) {
            List<String> full = new java.util.ArrayList<>(args);
            full.addAll(List.of("--dataset", dataset.toString()));
            Cli run = run(full.toArray(String[]::new));
            assertEquals(2, run.exit(), run.transcript());
            assertTrue(run.err().contains("is not a regular file"), run.transcript());
            assertFalse(run.printedStackTrace(), run.transcript());
        }
    }

    @Test
    void validationIsLinearInTheFile(@TempDir Path tmp) throws Exception {
        Path dataset = HostileJar.dataset(tmp);
        Path gold = dataset.resolve("gold/e01.json");
        String claims = String.join(",", java.util.Collections.nCopies(5_000, "{}"));
        Files.writeString(gold, Files.readString(gold).replaceFirst("\"claims\": \\[", "\"claims\": [" + claims + ","));
        Cli run = run("validate", "--dataset", dataset.toString()); // took minutes when problems were de-duplicated pairwise
        assertEquals(2, run.exit(), run.transcript().substring(0, 2000));
        assertTrue(run.err().contains("claims[4999]"), "every claim is reported");
    }
}
