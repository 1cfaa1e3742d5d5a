package org.claimeval.extract;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts extractor processes and ends them with everything they started. An extractor is often a script that
 * starts the real program ({@code sh -c 'python3 x.py'}), which may start workers of its own: ending only the
 * direct child would leave those running after claimeval, holding the CI job open or burning its minutes.
 *
 * <p>Every started process is registered until it is ended; a shutdown hook ends what is still registered
 * when claimeval itself stops (normal exit, {@code System.exit}, SIGINT, SIGTERM). Ending means: take the
 * process and all its descendants ({@link ProcessHandle#descendants()}, taken before anything is killed, as
 * an orphan's parent link is lost), ask each to stop ({@code SIGTERM}), and after a grace period kill whatever
 * is left ({@code SIGKILL}), looking once more for descendants started meanwhile. A process that detaches
 * itself completely (double fork into a new session before claimeval looks) cannot be found this way; that
 * needs an OS sandbox around the CI job.
 */
public final class ProcessTree {
    /** How long an extractor's processes get to exit after SIGTERM. */
    public static final Duration GRACE = Duration.ofSeconds(2);

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ProcessTree::endAll, "claimeval-end-extractor-processes"));
        } catch (IllegalStateException e) {
            // First used while the JVM is already stopping: start() refuses below, so nothing needs ending.
        }
    }

    private ProcessTree() {
    }

    /** Starts the process and registers it, so that it is ended however claimeval stops. */
    public static Process start(ProcessBuilder builder) throws IOException {
        synchronized (LIVE) { // registered before the hook can take its copy, so none escapes it
            Process process = builder.start();
            LIVE.add(process);
            return process;
        }
    }

    /** The process and every descendant alive now. */
    public static Set<ProcessHandle> snapshot(Process process) {
        Set<ProcessHandle> tree = new LinkedHashSet<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        return tree;
    }

    /** Ends the process and its descendants (see the class comment); returns when all are gone or killed. */
    public static void end(Process process, Duration grace) {
        end(snapshot(process), grace);
        LIVE.remove(process);
    }

    /** Ends these processes and any descendants they still have. */
    public static void end(Set<ProcessHandle> tree, Duration grace) {
        Set<ProcessHandle> all = new LinkedHashSet<>(tree);
        tree.forEach(p -> p.descendants().forEach(all::add));
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
        Set<ProcessHandle> left = new LinkedHashSet<>();
        for (ProcessHandle p : all) {
            if (p.isAlive()) {
                p.descendants().forEach(left::add);
                left.add(p);
            }
        }
        left.forEach(ProcessHandle::destroyForcibly);
    }

    /** No longer ours to end (it exited and its descendants were dealt with). */
    static void forget(Process process) {
        LIVE.remove(process);
    }

    private static void endAll() {
        Process[] live;
        synchronized (LIVE) {
            live = LIVE.toArray(Process[]::new);
        }
        for (Process p : live) {
            end(p, Duration.ofMillis(500)); // a stopping JVM cannot wait long
        }
    }
}
