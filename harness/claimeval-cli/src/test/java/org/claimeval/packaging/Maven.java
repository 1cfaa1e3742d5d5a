package org.claimeval.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven on a throw-away local repository that never touches the network or the machine's own repository:
 * the only remote is a read-only file:// mirror of the machine's repository, so third-party artifacts (plugins,
 * BOMs) come from there, and claimeval's own artifacts only from what was installed into the throw-away one.
 */
final class Maven {
    private final Path localRepository;
    private final Path settings;

    private Maven(Path localRepository, Path settings) {
        this.localRepository = localRepository;
        this.settings = settings;
    }

    static Maven withFreshRepository(Path work) throws IOException {
        Path repository = Files.createDirectories(work.resolve("repository"));
        Path machineRepository = Path.of(IntegrationPaths.property("claimeval.machineRepository"));
        Path settings = work.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>machine-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(machineRepository.toUri()), StandardCharsets.UTF_8);
        return new Maven(repository, settings);
    }

    Path localRepository() {
        return localRepository;
    }

    /** Runs {@code mvn ARGS} in {@code dir}; fails the test with Maven's output unless it exits 0. */
    void run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(IntegrationPaths.property("maven.home"), "bin", "mvn").toString());
        command.addAll(List.of("-B", "-q", "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(localRepository.getParent(), "mvn", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        assertEquals(0, process.exitValue(), () -> "mvn " + String.join(" ", args) + " failed:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
