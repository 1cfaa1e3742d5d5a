package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 3, processes never outlive claimeval: an extractor script that starts a background worker
 * (a {@code sleep} standing in for a server or a miner) has it ended on a timeout, at a normal end, and when
 * claimeval itself gets SIGTERM; a process flooding stdout is a document failure, not a full heap.
 */
class ProcessTreeTest {
    private static final Duration HANG_GUARD = Duration.ofMinutes(3);

    /** A script that starts a worker, writes its pid to {@code pidFile}, then behaves as {@code rest} says. */
    private static Path spawningScript(Path dir, Path pidFile, String rest) throws IOException {
        return BuiltDataset.script(dir, "spawns.sh", "sleep 300 &\necho $! > " + pidFile + "\n" + rest);
    }

    private static long pid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    /** Waits (bounded) for the worker to be gone; the bound is a hang guard, ending takes a few seconds at most. */
    private static boolean gone(long pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true) || zombie(pid)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * Ended, but not yet reaped: a killed worker whose parent died first belongs to PID 1, which in a container
     * may never reap it. It runs no more code, which is what counts.
     */
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true; // no such process any more
        }
    }

    @Test
    void aTimeoutEndsTheWholeTree(@TempDir Path tmp) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "First line\nSome text."));
        Path pidFile = tmp.resolve("worker.pid");
        Path script = spawningScript(tmp, pidFile, "exec sleep 600"); // never answers
        Cli run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("score", "--dataset", dataset.toString(),
                "--extractor-cmd", script.toString(), "--timeout", "1"));
        assertEquals(3, run.exit(), run.transcript());
        assertTrue(gone(pid(pidFile)), "the extractor's worker outlived the timeout");
    }

    @Test
    void aNormalEndEndsWorkersLeftBehind(@TempDir Path tmp) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "First line\nSome text."));
        Path pidFile = tmp.resolve("worker.pid");
        Path script = spawningScript(tmp, pidFile, BuiltDataset.ANSWERS_NOTHING);
        Cli run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("score", "--dataset", dataset.toString(),
                "--extractor-cmd", script.toString()));
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(gone(pid(pidFile)), "the extractor's worker outlived claimeval's run");
    }

    @Test
    void aWorkerThatDetachedIntoItsOwnSessionIsEndedToo(@TempDir Path tmp) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "First line\nSome text."));
        Path pidFile = tmp.resolve("worker.pid");
        // The subshell exits at once, so the worker belongs to PID 1, in a session of its own, before claimeval
        // looks for descendants: only the environment mark it inherited still ties it to the extractor.
        Path script = BuiltDataset.script(tmp, "detaches.sh",
                "( setsid sleep 300 & echo $! > " + pidFile + " )\n" + BuiltDataset.ANSWERS_NOTHING);
        Cli run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("score", "--dataset", dataset.toString(),
                "--extractor-cmd", script.toString()));
        assertEquals(0, run.exit(), run.transcript());
        assertTrue(gone(pid(pidFile)), "a detached worker outlived claimeval's run");
    }

    @Test
    void sigtermToClaimevalEndsTheExtractorsTree(@TempDir Path tmp) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "First line\nSome text."));
        Path pidFile = tmp.resolve("worker.pid");
        Path script = spawningScript(tmp, pidFile, "exec sleep 600");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.claimeval.cli.Main", "score",
                "--dataset", dataset.toString(), "--extractor-cmd", script.toString(), "--timeout", "600"));
        Process claimeval = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("claimeval.log").toFile()).start();
        try {
            for (int i = 0; i < 600 && !(Files.exists(pidFile) && Files.size(pidFile) > 0); i++) {
                Thread.sleep(100);
            }
            long worker = pid(pidFile);
            claimeval.destroy(); // SIGTERM
            assertTrue(claimeval.waitFor(2, TimeUnit.MINUTES), "claimeval did not stop on SIGTERM");
            assertTrue(gone(worker), "the extractor's worker outlived claimeval after SIGTERM");
        } finally {
            claimeval.destroyForcibly();
        }
    }

    @Test
    void floodingStdoutIsADocumentFailure(@TempDir Path tmp) throws Exception {
        Path dataset = BuiltDataset.write(tmp, Map.of("d1", "First line\nSome text.", "d2", "Second\nMore text."));
        for (String flood : List.of("exec yes", "exec yes ''", "exec cat /dev/zero")) {
            Path script = BuiltDataset.script(tmp, "flood.sh", flood);
            Cli run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("score", "--dataset", dataset.toString(),
                    "--extractor-cmd", script.toString(), "--timeout", "2"));
            assertEquals(3, run.exit(), flood + "\n" + run.transcript());
            assertTrue(run.err().contains("extractor failed on d1"), flood + "\n" + run.transcript());
            assertFalse(run.printedStackTrace(), run.transcript());
        }
    }
}
