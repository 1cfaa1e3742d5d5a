package org.claimeval.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.claimeval.convert.TokenLabels;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.model.Annotates;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.JsonEnum;
import org.claimeval.model.Problem;

/**
 * Agreement of two or more annotation sets: every pair as {@link Agreement} (span F1, attribute agreement),
 * and Krippendorff's alpha over all sets at once, the figure attribution corpora publish:
 * <ul>
 *   <li>token-wise, each token of each document coded {@code CONTENT}, {@code SOURCE}, {@code CUE} or
 *       {@code O} by each set ({@link TokenLabels}); a set that did not annotate a document gives no value
 *       for its tokens;</li>
 *   <li>for type and for attribution (when the dataset annotates them), on matched claims: each claim of the
 *       first set is a unit, valued by its own label and by the label of the claim each other set matched to it
 *       (overlap matching, as in the pairwise agreement), missing where that set matched none.</li>
 * </ul>
 *
 * @param names       the sets, in the order given; the first is the reference of the claim-level alphas
 * @param annotates   what the dataset annotates: rows it does not annotate are left out of reports
 * @param pairs       each pair (i, j) with i before j, in order
 * @param tokens      token-wise alpha over content/source/cue/none
 * @param type        alpha of type on matched claims; null when the dataset has no types
 * @param attribution alpha of attribution on matched claims; null when the dataset has no attribution
 */
public record MultiAgreement(List<String> names, String dataset, Annotates annotates, List<Agreement> pairs,
                             KrippendorffAlpha tokens, KrippendorffAlpha type, KrippendorffAlpha attribution) {

    public MultiAgreement {
        names = List.copyOf(names);
        pairs = List.copyOf(pairs);
    }

    /**
     * @throws BadInputException with fewer than two sets, a set with no claims at all, two sets with no document
     *                           in common, or a claim that does not fit its document
     */
    public static MultiAgreement measure(List<AnnotationSet> sets, Dataset seeds) throws BadInputException {
        List<Problem> problems = new ArrayList<>();
        if (sets.size() < 2) {
            problems.add(new Problem(sets.isEmpty() ? "agree" : sets.get(0).name(), 0, null, null,
                    "agreement needs two or more annotation sets (or one imported dataset with several annotators)"));
        }
        for (AnnotationSet set : sets) {
            if (set.claims().isEmpty() || set.claims().values().stream().allMatch(List::isEmpty)) {
                problems.add(new Problem(set.goldFolder().toString(), 0, null, null, "has no claims"
                        + (set.claims().isEmpty() ? " (no gold files)" : "") + ": there is nothing to agree on"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        List<Agreement> pairs = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                pairs.add(Agreement.measure(sets.get(i), sets.get(j), seeds));
            }
        }
        Annotates annotates = seeds.annotates();
        KrippendorffAlpha tokens = tokenAlpha(sets, seeds);
        KrippendorffAlpha type = annotates.type() ? claimAlpha(sets, pairs, c -> c.type() == null ? null : c.type().label()) : null;
        KrippendorffAlpha attribution = annotates.attribution()
                ? claimAlpha(sets, pairs, c -> label(c.attribution())) : null;
        return new MultiAgreement(sets.stream().map(AnnotationSet::name).toList(), seeds.signature(), annotates, pairs,
                tokens, type, attribution);
    }

    private static String label(JsonEnum value) {
        return value == null ? null : value.json();
    }

    /** Each token a unit; identical value combinations are counted, not repeated. */
    private static KrippendorffAlpha tokenAlpha(List<AnnotationSet> sets, Dataset seeds) {
        Map<List<String>, Integer> units = new HashMap<>();
        for (Document d : seeds.documents()) {
            List<TokenLabels> labelled = new ArrayList<>();
            int annotatedBy = 0;
            for (AnnotationSet set : sets) {
                List<Claim> claims = set.claims().get(d.id());
                labelled.add(claims == null ? null : TokenLabels.of(d, claims));
                annotatedBy += claims == null ? 0 : 1;
            }
            if (annotatedBy < 2) {
                continue;
            }
            int tokenCount = labelled.stream().filter(l -> l != null).findFirst().orElseThrow().tokens().size();
            for (int t = 0; t < tokenCount; t++) {
                String[] values = new String[sets.size()];
                for (int k = 0; k < sets.size(); k++) {
                    values[k] = labelled.get(k) == null ? null : labelled.get(k).labels().get(t);
                }
                units.merge(Arrays.asList(values), 1, Integer::sum);
            }
        }
        return KrippendorffAlpha.nominalCounted(sets.size(), new LinkedHashMap<>(units));
    }

    /** Each claim of the first set a unit, valued by the claims the other sets matched to it. */
    private static KrippendorffAlpha claimAlpha(List<AnnotationSet> sets, List<Agreement> pairs,
                                                Function<Claim, String> value) {
        // pairs (0, j) come first, in order of j
        List<Map<Claim, Claim>> matchedTo = new ArrayList<>();
        for (int j = 1; j < sets.size(); j++) {
            Map<Claim, Claim> m = new HashMap<>();
            for (Agreement.Pair p : pairs.get(j - 1).matched()) {
                m.put(p.a(), p.b());
            }
            matchedTo.add(m);
        }
        List<List<String>> units = new ArrayList<>();
        sets.get(0).claims().values().forEach(claims -> claims.forEach(c -> {
            String[] values = new String[sets.size()];
            values[0] = value.apply(c);
            for (int j = 1; j < sets.size(); j++) {
                Claim other = matchedTo.get(j - 1).get(c);
                values[j] = other == null ? null : value.apply(other);
            }
            units.add(Arrays.asList(values));
        }));
        return KrippendorffAlpha.nominal(sets.size(), units);
    }
}
