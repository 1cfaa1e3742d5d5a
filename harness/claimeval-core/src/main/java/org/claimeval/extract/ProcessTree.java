package org.claimeval.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts extractor processes and ends them with everything they started. An extractor is often a script that
 * starts the real program ({@code sh -c 'python3 x.py'}), which may start workers of its own: ending only the
 * direct child would leave those running after claimeval, holding the CI job open or burning its minutes.
 *
 * <p>Every started process is registered until it is ended; a shutdown hook ends what is still registered
 * when claimeval itself stops (normal exit, {@code System.exit}, SIGINT, SIGTERM). Ending means: take the
 * process, all its descendants ({@link ProcessHandle#descendants()}) and every process that carries the run's
 * mark, ask each to stop ({@code SIGTERM}), and after a grace period kill whatever is left ({@code SIGKILL}),
 * looking once more for descendants and marked processes started meanwhile.
 *
 * <p>The mark is an environment variable ({@value #MARK}) with a value unique to each started process, which
 * every process it starts inherits. It finds the workers that the parent-child links cannot: a worker whose
 * parent has already exited ({@code sleep 300 &} at the end of a script) or that double-forked into a new
 * session belongs to PID 1, not to the extractor, but it keeps its environment. It is read from
 * {@code /proc/<pid>/environ}, so it works on Linux (where CI runs), for processes of the same user. A process
 * that also clears its environment before detaching can only be contained by an OS sandbox around the job.
 */
public final class ProcessTree {
    /** How long an extractor's processes get to exit after SIGTERM. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    /** The environment variable that marks every process an extractor process starts. */
    public static final String MARK = "CLAIMEVAL_EXTRACTOR_RUN";

    private static final Path PROC = Path.of("/proc");

    /** Started and not yet ended: each process with its mark. */
    private static final Map<Process, String> LIVE = new ConcurrentHashMap<>();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ProcessTree::endAll, "claimeval-end-extractor-processes"));
        } catch (IllegalStateException e) {
            // First used while the JVM is already stopping: start() refuses below, so nothing needs ending.
        }
    }

    private ProcessTree() {
    }

    /** Starts the process with a mark of its own and registers it, so that it is ended however claimeval stops. */
    public static Process start(ProcessBuilder builder) throws IOException {
        String mark = UUID.randomUUID().toString();
        builder.environment().put(MARK, mark);
        synchronized (LIVE) { // registered before the hook can take its copy, so none escapes it
            Process process = builder.start();
            LIVE.put(process, mark);
            return process;
        }
    }

    /** The process, every descendant alive now and every process carrying its mark. */
    public static Set<ProcessHandle> snapshot(Process process) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        tree.addAll(marked(LIVE.get(process)));
        return tree;
    }

    /** Ends the process and everything it started (see the class comment); returns when all are gone or killed. */
    public static void end(Process process, Duration grace) {
        end(process, snapshot(process), grace);
    }

    /**
     * Ends a process and everything it started, including the members of a {@link #snapshot} taken earlier
     * (before its stdin was closed, so that workers it left behind when it exited are known), and unregisters it.
     */
    public static void end(Process process, Set<ProcessHandle> earlier, Duration grace) {
        String mark = LIVE.get(process);
        Set<ProcessHandle> all = new LinkedHashSet<>(earlier);
        all.addAll(snapshot(process));
        earlier.forEach(p -> p.descendants().forEach(all::add));
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : all) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // still running after the grace period, or already gone: the forcible round below decides
            }
        }
        Set<ProcessHandle> left = new LinkedHashSet<>(marked(mark));
        for (ProcessHandle p : all) {
            if (p.isAlive()) {
                p.descendants().forEach(left::add);
                left.add(p);
            }
        }
        left.forEach(ProcessHandle::destroyForcibly);
        LIVE.remove(process);
    }

    /** The live processes, other than claimeval itself, whose environment carries {@code mark}. */
    static Set<ProcessHandle> marked(String mark) {
        Set<ProcessHandle> found = new LinkedHashSet<>();
        if (mark == null || !Files.isDirectory(PROC)) {
            return found;
        }
        byte[] entry = (MARK + "=" + mark).getBytes(StandardCharsets.US_ASCII);
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && environmentHas(p.pid(), entry))
                .forEach(found::add);
        return found;
    }

    /** Whether one of the NUL-separated entries of the process's environment is {@code entry}. */
    private static boolean environmentHas(long pid, byte[] entry) {
        byte[] environ;
        try {
            environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
        } catch (IOException | SecurityException e) {
            return false; // gone meanwhile, or another user's process: not one of ours
        }
        int start = 0;
        for (int i = 0; i <= environ.length; i++) {
            if (i == environ.length || environ[i] == 0) {
                if (i - start == entry.length && Arrays.equals(environ, start, i, entry, 0, entry.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static void endAll() {
        Process[] live;
        synchronized (LIVE) {
            live = LIVE.keySet().toArray(Process[]::new);
        }
        for (Process p : live) {
            end(p, Duration.ofMillis(500)); // a stopping JVM cannot wait long
        }
    }
}
