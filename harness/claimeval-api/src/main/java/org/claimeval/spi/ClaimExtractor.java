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

    /**
     * The extractor's name.
     *
     * @return a short, unique name, used on the command line ({@code --extractor NAME}) and in signatures
     */
    String name();

    /**
     * The extractor's version.
     *
     * @return the version reported in signatures ({@code cue@1.0}); change it whenever the output may change
     */
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
     *
     * @param context the claimant registry and, for extractors that learn, what they may train on
     * @throws Exception when the extractor cannot start; the run stops (exit 3) and no document is extracted
     */
    default void prepare(ExtractionContext context) throws Exception {
    }

    /**
     * The claims of one document, in any order (the harness sorts them by offsets). Build them with
     * {@link Claim#builder()}:
     * <ul>
     *   <li>{@code doc} is required and must be {@code document.id()};</li>
     *   <li>offsets are code points within the document (use {@link Document#spanOfChars} to convert from Java
     *       string indices);</li>
     *   <li>{@code text} may be left null: the harness fills it in from the document; when given it must match;</li>
     *   <li>{@code id} may be left null: the harness numbers the claims {@code <doc>#p<n>} in offset order;
     *       given ids must be unique within the document.</li>
     * </ul>
     * A document whose claims break these rules, or on which this method throws, returns null or runs past the
     * timeout, is a failure on that document: it is scored as if nothing were predicted there, reported, and
     * the run exits 3.
     *
     * @param document the document, with its id and text
     * @return the claims found; an empty list when there are none, never null
     * @throws Exception when the document cannot be processed (a failure on that document only)
     */
    List<Claim> extract(Document document) throws Exception;
}
