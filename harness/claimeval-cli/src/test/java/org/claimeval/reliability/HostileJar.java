package org.claimeval.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.extract.ExtractorJars;

/**
 * Compiles, in a test, one Java source of package {@code hostile} against the harness and packs it as an
 * extractor jar registering the given classes: the way a pull request brings an extractor.
 */
final class HostileJar {
    /** What every hostile extractor source starts with. */
    static final String IMPORTS = """
            package hostile;

            import java.util.List;
            import org.claimeval.spi.ClaimExtractor;
            import org.claimeval.spi.ExtractionContext;
            import org.claimeval.model.Claim;
            import org.claimeval.model.Document;
            """;

    private HostileJar() {
    }

    /**
     * @param source      the body after {@link #IMPORTS}, holding public top-level class {@code Hostile} and
     *                    its nested classes
     * @param providers   nested class names ({@code Hostile$Exits}) listed in the SPI file
     */
    static Path build(Path dir, String source, List<String> providers) throws IOException {
        return ExtractorJars.build(dir, "hostile.jar", ExtractorJars.testClassPath(),
                Map.of("hostile/Hostile.java", IMPORTS + source), providers.stream().map(p -> "hostile." + p).toList());
    }

    /** A fixture dataset (two documents, e01 and e02) copied where the test may change it. */
    static Path dataset(Path tmp) {
        return Resources.copyTree(Resources.path("datasets/valid"), tmp.resolve("fixture")).resolve("dataset");
    }
}
