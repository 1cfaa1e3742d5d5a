package org.claimeval.reliability;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimeval.cli.Main;

/**
 * Writes the JSON reports that {@link DeterminismTest} compares: the built-in {@code cue} and {@code sentence}
 * extractors on the bundled dataset, each with one and with two threads, without timing. A main class, so one
 * forked JVM (with another default locale and time zone) produces all four.
 */
final class DeterminismProbe {
    static final List<String> EXTRACTORS = List.of("cue", "sentence");
    static final List<Integer> THREADS = List.of(1, 2);

    private DeterminismProbe() {
    }

    /** The report files, named {@code <extractor>-t<threads>.json}. */
    static List<Path> write(Path dir) {
        List<Path> written = new ArrayList<>();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        for (String extractor : EXTRACTORS) {
            for (int threads : THREADS) {
                Path report = dir.resolve(extractor + "-t" + threads + ".json");
                int exit = Main.run(new String[] {"score", "--extractor", extractor, "--threads", Integer.toString(threads),
                        "--format", "json", "--no-timing", "--output", report.toString()}, out, err);
                if (exit != 0) {
                    throw new IllegalStateException("claimeval score --extractor " + extractor + " exited " + exit);
                }
                written.add(report);
            }
        }
        return written;
    }

    public static void main(String[] args) {
        write(Path.of(args[0]));
    }
}
