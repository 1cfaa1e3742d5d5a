package org.claimeval.pipeline;

import java.util.Objects;
import org.claimeval.model.Dataset;

/**
 * How a learning extractor is trained; an extractor that does not learn ({@link
 * org.claimeval.spi.ClaimExtractor#learns()} false, a process that did not answer {@code {"learns": true}}, any
 * predictions file) is run once whatever is asked, and its regime is {@code none}.
 */
public sealed interface Training {

    /** The default: each document is extracted by a model trained on every other document of the same dataset. */
    static Training leaveOneOut() {
        return LeaveOneOut.INSTANCE;
    }

    /**
     * Train once on every document of another dataset; no document may be in both (by id or by text).
     *
     * @param dataset the dataset to train on
     * @return the regime
     */
    static Training on(Dataset dataset) {
        return new On(dataset);
    }

    /** Leave-one-document-out cross-validation on the scored dataset. */
    enum LeaveOneOut implements Training {
        INSTANCE
    }

    /**
     * Training on another dataset.
     *
     * @param dataset the training dataset
     */
    record On(Dataset dataset) implements Training {
        public On {
            Objects.requireNonNull(dataset, "dataset");
        }
    }

    /** The regime as reports and signatures name it. */
    final class Regime {
        /** A run without training: the extractor does not learn. */
        public static final String NONE = "none";
        /** Leave-one-document-out on the scored dataset. */
        public static final String LOOCV = "loocv";

        private Regime() {
        }

        /**
         * @param training the training dataset
         * @return {@code train:<dataset signature>}
         */
        public static String trainedOn(Dataset training) {
            return "train:" + training.signature();
        }
    }
}
