package org.claimeval.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.extract.ExtractorJars;

/**
 * Builds, in a test, an extractor jar with four misbehaving Java extractors, each faulty on document
 * {@code 001} only and claiming the first five code points of every other document:
 * {@code test-throws} (throws, with {@code <script>} in its message), {@code test-null} (returns null),
 * {@code test-out-of-range} (a span one past the end) and {@code test-forever} (never returns until
 * interrupted). They are compiled from source here rather than kept on the test class path, so that they
 * reach claimeval only through {@code --extractor-jar} and never show up in {@code claimeval list}.
 */
final class FaultyExtractorJar {
    static final String BAD_DOC = Resources.DOC_1;

    private static final String SOURCE = """
            package faulty;

            import java.util.List;
            import org.claimeval.spi.ClaimExtractor;
            import org.claimeval.model.Claim;
            import org.claimeval.model.Document;

            public final class Faulty {
                private Faulty() {
                }

                abstract static class Base implements ClaimExtractor {
                    @Override
                    public String version() {
                        return "0";
                    }

                    @Override
                    public List<Claim> extract(Document d) throws Exception {
                        return d.id().equals("%s") ? fault(d) : List.of(claim(d, 0, 5));
                    }

                    abstract List<Claim> fault(Document d) throws Exception;

                    static Claim claim(Document d, int start, int end) {
                        return new Claim(null, d.id(), start, end, null, null, null, null, List.of(), null, null, null,
                                List.of(), null, null);
                    }
                }

                public static final class Throws extends Base {
                    public String name() { return "test-throws"; }
                    List<Claim> fault(Document d) { throw new IllegalStateException("<script>alert(1)</script>"); }
                }

                public static final class ReturnsNull extends Base {
                    public String name() { return "test-null"; }
                    List<Claim> fault(Document d) { return null; }
                }

                public static final class OutOfRange extends Base {
                    public String name() { return "test-out-of-range"; }
                    List<Claim> fault(Document d) { return List.of(claim(d, 0, d.length() + 1)); }
                }

                public static final class Forever extends Base {
                    public String name() { return "test-forever"; }
                    List<Claim> fault(Document d) throws InterruptedException {
                        while (true) {
                            Thread.sleep(60_000); // an interrupt, when the timeout fires, ends it
                        }
                    }
                }
            }
            """.formatted(BAD_DOC);

    private static final List<String> CLASSES = List.of("Throws", "ReturnsNull", "OutOfRange", "Forever");

    private FaultyExtractorJar() {
    }

    /** Compiles the extractors against the harness on this class path and packs them with their SPI file. */
    static Path build(Path dir) throws IOException {
        return ExtractorJars.build(dir, "faulty-extractors.jar", ExtractorJars.testClassPath(),
                Map.of("faulty/Faulty.java", SOURCE), CLASSES.stream().map(c -> "faulty.Faulty$" + c).toList());
    }
}
