package org.claimeval.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code claimeval} in a fresh JVM on this test's class path: for what an in-process run cannot show, such
 * as a heap limit or a different default locale and time zone.
 */
final class ForkedJvm {
    private static final long TIMEOUT_MINUTES = 5;

    /** Exit code and what the child printed. */
    record Result(int exit, String out, String err) {
        String transcript() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private ForkedJvm() {
    }

    /**
     * @param jvmOptions such as {@code -Xmx256m} or {@code -Duser.language=tr}
     * @param work       where the child's output is captured
     */
    static Result claimeval(List<String> jvmOptions, List<String> args, Path work) throws IOException, InterruptedException {
        return run(jvmOptions, "org.claimeval.cli.Main", args, work);
    }

    /** Runs any main class of the test class path. */
    static Result run(List<String> jvmOptions, String mainClass, List<String> args, Path work)
            throws IOException, InterruptedException {
        return run(jvmOptions, Map.of(), mainClass, args, work);
    }

    /** As {@link #run(List, String, List, Path)}, with these variables added to the child's environment. */
    static Result run(List<String> jvmOptions, Map<String, String> environment, String mainClass, List<String> args,
            Path work) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("claimeval " + args + " did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
