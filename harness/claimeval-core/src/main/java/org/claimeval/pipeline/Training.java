package org.claimeval.pipeline;

import java.util.Objects;
import org.claimeval.model.Dataset;

/**
 * How a learning extractor is trained; an extractor that does not learn ({@link
 * org.claimeval.spi.ClaimExtractor#learns()} false, a process that did not answer {@code {"learns": true}}, any
 * predictions file) is run once whatever is asked, and its regime is {@code none}.
 */
public sealed interface Training {

    /** At most this many folds by default: leave-one-document-out up to this many documents. */
    int DEFAULT_FOLDS = 20;

    /**
     * The default: cross-validation on the scored dataset in at most {@value #DEFAULT_FOLDS} folds, which is
     * leave-one-document-out up to {@value #DEFAULT_FOLDS} documents. A corpus of a thousand documents would
     * otherwise train a thousand models, each on nearly all of it.
     */
    static Training crossValidation() {
        return new CrossValidation(DEFAULT_FOLDS);
    }

    /**
     * Cross-validation in at most {@code folds} folds of consecutive documents; as many folds as documents is
     * leave-one-document-out.
     *
     * @param folds at least 2
     * @return the regime
     */
    static Training crossValidation(int folds) {
        return new CrossValidation(folds);
    }

    /** Each document is extracted by a model trained on every other document of the same dataset. */
    static Training leaveOneOut() {
        return new CrossValidation(Integer.MAX_VALUE);
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

    /**
     * Cross-validation by documents on the scored dataset: the documents, in the dataset's order, are cut into
     * {@link #folds(int)} runs of consecutive documents (sizes differing by one at most); each run is extracted
     * by a model trained on all the other documents. No document's gold reaches the model that extracts it.
     *
     * @param maxFolds the most folds; a dataset with fewer documents is left out one document at a time
     */
    record CrossValidation(int maxFolds) implements Training {
        public CrossValidation {
            if (maxFolds < 2) {
                throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + maxFolds);
            }
        }

        /** The folds on a dataset of {@code documents} documents. */
        public int folds(int documents) {
            return Math.min(maxFolds, documents);
        }

        /** The fold (0 to {@code folds(documents) - 1}) of the document at {@code index} in the dataset's order. */
        public int foldOf(int index, int documents) {
            return (int) ((long) index * folds(documents) / documents);
        }

        /** {@value Regime#LOOCV} when every document is a fold of its own, else {@code cv:K}. */
        public String regime(int documents) {
            int folds = folds(documents);
            return folds >= documents ? Regime.LOOCV : "cv:" + folds;
        }

        /** What a cross-validated extractor's version carries: {@code +loocv} or {@code +cvK}. */
        public String versionSuffix(int documents) {
            int folds = folds(documents);
            return folds >= documents ? "+loocv" : "+cv" + folds;
        }
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
        /** Leave-one-document-out on the scored dataset ({@code cv:K} for K folds of several documents). */
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
