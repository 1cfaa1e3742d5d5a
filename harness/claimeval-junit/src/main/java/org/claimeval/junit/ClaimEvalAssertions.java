package org.claimeval.junit;

import java.util.Objects;
import java.util.function.Supplier;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.spi.ClaimExtractor;

/**
 * Gate an extractor inside your own JUnit 5 tests, with the same metrics as {@code claimeval gate}:
 * <pre>{@code
 * @Test
 * void extractorKeepsItsAccuracy() {
 *     ClaimEvalAssertions.assertThat(MyExtractor::new)
 *             .on(Path.of("src/test/resources/claims-dataset"))
 *             .metric("claim_claimant.f1").isAtLeast(0.8);
 * }
 * }</pre>
 * A missed threshold fails the test with the metric, its value, the threshold and the run's signature. The
 * extraction runs once per {@link EvaluationAssert}, however many metrics are then checked.
 */
public final class ClaimEvalAssertions {
    private ClaimEvalAssertions() {
    }

    /**
     * Starts a check of an extractor created by a factory (a fresh one per run, as the harness does).
     *
     * @param factory creates a new, unprepared extractor, e.g. {@code MyExtractor::new}
     * @return the step that chooses the dataset
     */
    public static ExtractorAssert assertThat(Supplier<? extends ClaimExtractor> factory) {
        return new ExtractorAssert(new ExtractorSpec.InProcess(Objects.requireNonNull(factory, "factory")));
    }

    /**
     * Starts a check of one extractor object. It is prepared again for every run; prefer
     * {@link #assertThat(Supplier)} for an extractor that learns.
     *
     * @param extractor the extractor
     * @return the step that chooses the dataset
     */
    public static ExtractorAssert assertThat(ClaimExtractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        return new ExtractorAssert(new ExtractorSpec.InProcess(() -> extractor));
    }

    /**
     * Starts a check of any extractor the command line can name: an SPI name, a jar, a process or a
     * predictions file.
     *
     * @param spec the extractor, e.g. {@code ExtractorSpec.parse("cmd:python3 extractor.py", "spec")}
     * @return the step that chooses the dataset
     */
    public static ExtractorAssert assertThat(ExtractorSpec spec) {
        return new ExtractorAssert(Objects.requireNonNull(spec, "spec"));
    }
}
