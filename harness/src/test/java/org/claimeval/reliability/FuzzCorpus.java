package org.claimeval.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The committed seed corpora under test resources {@code fuzz/<TestClass>/}: in CI every file runs through the
 * fuzz test's body as a regular parameterized test (Jazzer's own regression mode only runs an empty input when
 * no {@code <TestClass>Inputs} resource folder exists). A crash the fuzzer finds is copied here, and so becomes
 * a regular test.
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
