package org.claimeval.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The committed, readable seed corpora under test resources {@code fuzz/<TestClass>/}: in CI every file runs
 * through the fuzz test's body as a regular parameterized test. Jazzer's own regression mode runs the raw inputs
 * in {@code org/claimeval/reliability/<TestClass>Inputs/<method>/}, where the fuzzer writes a crash it finds:
 * keep the crash file there (renamed for what it shows) and add a readable case here or a named regular test.
 */
final class FuzzCorpus {
    private FuzzCorpus() {
    }

    static Stream<Path> of(Class<?> fuzzTest) throws IOException {
        try (Stream<Path> files = Files.list(Resources.path("fuzz/" + fuzzTest.getSimpleName()))) {
            return files.sorted().toList().stream();
        }
    }
}
