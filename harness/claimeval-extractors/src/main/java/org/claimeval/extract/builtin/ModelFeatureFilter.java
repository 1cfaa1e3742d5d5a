package org.claimeval.extract.builtin;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Drops from a context the features a maxent model does not know, before the model evaluates it. A model adds
 * nothing for an unknown feature ({@code GISModel.eval} skips it: its map lookup returns null) and adds the known
 * ones in context order, so the context with only its known features gives the same probabilities, bit for bit.
 * The test is a bit array over the features' hashes, small enough to stay in the processor's cache: the model's
 * own map is large (33,518 features in the English POS model), and each lookup in it reads scattered memory,
 * unknown feature or not. A feature whose bit is
 * set may still be unknown; it is kept, and the model looks it up as before.
 */
final class ModelFeatureFilter {
    private final long[] bits;
    private final int shift;

    private ModelFeatureFilter(Iterable<String> features, int count) {
        int size = Math.max(64, Integer.highestOneBit(Math.max(1, count) * 16) << 1); // ~16-32 bits per feature
        bits = new long[size / 64];
        shift = Integer.numberOfLeadingZeros(size) + 1;
        for (String feature : features) {
            int bit = bit(feature.hashCode());
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** The filter of a model whose features can be listed (OpenNLP's GIS and perceptron models), else null. */
    static ModelFeatureFilter of(MaxentModel model) {
        if (model instanceof AbstractModel m && m.getDataStructures()[1] instanceof Map<?, ?> features) {
            @SuppressWarnings("unchecked")
            Map<String, ?> byName = (Map<String, ?>) features;
            return new ModelFeatureFilter(byName.keySet(), byName.size());
        }
        return null;
    }

    /** Whether the model may know the feature: false only for a feature it certainly does not know. */
    boolean mayKnow(String feature) {
        int bit = bit(feature.hashCode());
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The context without the features the model certainly does not know, in their order. */
    String[] knownPart(String[] context) {
        String[] known = new String[context.length];
        int n = 0;
        for (String feature : context) {
            if (mayKnow(feature)) {
                known[n++] = feature;
            }
        }
        return n == context.length ? context : java.util.Arrays.copyOf(known, n);
    }

    /** A bit for a hash: its top bits after a multiplicative mix. */
    private int bit(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }
}
