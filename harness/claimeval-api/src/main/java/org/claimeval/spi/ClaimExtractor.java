package org.claimeval.spi;

import java.util.List;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/**
 * A claim extractor, found through {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.claimeval.spi.ClaimExtractor}. Implementations need a public no-argument
 * constructor; the harness calls {@link #prepare} once before the first {@link #extract}.
 *
 * <p>{@link #extract} may be called from several threads at once.
 */
public interface ClaimExtractor {

    /** Short name used on the command line ({@code --extractor NAME}) and in signatures. */
    String name();

    String version();

    /**
     * Whether this extractor learns from gold claims ({@link ExtractionContext#trainingDocuments}). The harness
     * then scores it leave-one-document-out, preparing a fresh instance per fold with every other document as
     * training data, or trains it on another dataset when asked to; a rule-based extractor (the default) is
     * run once and never labelled cross-validated.
     *
     * @return true for an extractor that learns
     */
    default boolean learns() {
        return false;
    }

    /**
     * Called once, before any document, with what the harness knows. Load models here so that a missing
     * model fails at start, not on the first document.
     */
    default void prepare(ExtractionContext context) throws Exception {
    }

    /**
     * The claims of one document. Offsets are code points (use {@link Document#spanOfChars} to convert from
     * Java string indices). The ids and the {@code doc} field are the harness's to fill in if left null.
     */
    List<Claim> extract(Document document) throws Exception;
}
