package org.claimeval.stats;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.score.AttributeScores;
import org.claimeval.score.ClaimantKeys;
import org.claimeval.score.Counts;
import org.claimeval.score.Dimension;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Match;

/**
 * A report metric that is a statistic of counts pooled over paragraphs, so that the bootstrap and the
 * approximate randomization test can resample it ({@link UnitCounts}). Which report numbers qualify:
 * <ul>
 *   <li>{@code micro.precision|recall|f1}: the span assignment's TP, FP, FN;</li>
 *   <li>{@code attributes.claimAndClaimant.*} (the headline {@code claim_claimant.*}): the claim + claimant
 *       assignment's;</li>
 *   <li>{@code types.T.*} and {@code attributions.A.*}: the span counts of one breakdown row;</li>
 *   <li>{@code attributes.quantities.*}: quantity TP, FP, FN of the matched pairs;</li>
 *   <li>{@code attributes.claimant.accuracy} and {@code attributes.type.accuracy}: a right matched pair is
 *       counted as TP and a wrong one as FN, so the accuracy is the pooled recall (1.0 with no pairs, as in
 *       the report).</li>
 * </ul>
 * Per-document means ({@code macro.*}) and coverage are not sums over paragraphs and have no unit split.
 *
 * @param path      the report path, e.g. {@code attributes.claimAndClaimant.f1}
 * @param tally     what each scored document contributes, placed at a code-point offset
 * @param statistic the metric computed from pooled counts
 */
public record UnitMetric(String path, Tally tally, ToDoubleFunction<Counts> statistic) {

    /** The metrics that split by paragraph, in words, for the message that refuses another one. */
    public static final String SPLITTABLE = "micro.*, claim_claimant.*, quantities.*, types.T.*, attributions.A.* "
            + "(precision, recall, f1), claimant.accuracy, type.accuracy";

    /** Adds counts at the offset (code points) whose paragraph they belong to. */
    public interface Sink {
        void add(int offset, long tp, long fp, long fn);
    }

    /** What one document contributes to the metric's counts. */
    public interface Tally {
        void tally(DocumentScore document, Sink sink);
    }

    /** Span counts: a TP or FN where its gold claim starts, an FP where the prediction starts. */
    public static final Tally SPAN = (d, sink) -> {
        d.matches().forEach(m -> sink.add(m.gold().start(), 1, 0, 0));
        d.spurious().forEach(c -> sink.add(c.start(), 0, 1, 0));
        d.missed().forEach(c -> sink.add(c.start(), 0, 0, 1));
        // A rejected prediction has no place in the text: it is a false positive of the document's first paragraph.
        sink.add(0, 0, d.rejected().size(), 0);
    };

    /** Claim + claimant counts, placed as the span counts are. */
    public static final Tally CLAIM_CLAIMANT = (d, sink) -> {
        d.strict().matches().forEach(m -> sink.add(m.gold().start(), 1, 0, 0));
        d.strict().spurious().forEach(c -> sink.add(c.start(), 0, 1, 0));
        d.strict().missed().forEach(c -> sink.add(c.start(), 0, 0, 1));
        sink.add(0, 0, d.rejected().size(), 0);
    };

    /** The metric at a report path, when it splits by paragraph; empty otherwise. */
    public static Optional<UnitMetric> of(String path, Dataset dataset) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String object = path.substring(0, dot);
        String leaf = path.substring(dot + 1);
        if (leaf.equals("accuracy")) {
            Optional<Tally> judged = switch (object) {
                case "attributes.claimant" -> Optional.of(claimantJudged(new ClaimantKeys(dataset.claimants(), dataset.annotates())));
                case "attributes.type" -> Optional.of(judged(m -> m.gold().type() == m.predicted().type()));
                default -> Optional.empty();
            };
            return judged.map(t -> new UnitMetric(path, t, Counts::recall));
        }
        ToDoubleFunction<Counts> statistic = switch (leaf) {
            case "precision" -> Counts::precision;
            case "recall" -> Counts::recall;
            case "f1" -> Counts::f1;
            default -> null;
        };
        if (statistic == null) {
            return Optional.empty();
        }
        Tally tally = null;
        if (object.equals("micro")) {
            tally = SPAN;
        } else if (object.equals("attributes.claimAndClaimant")) {
            tally = CLAIM_CLAIMANT;
        } else if (object.equals("attributes.quantities")) {
            tally = QUANTITIES;
        } else if (object.startsWith("types.")) {
            tally = row(Dimension.TYPE, object.substring("types.".length()));
        } else if (object.startsWith("attributions.")) {
            tally = row(Dimension.ATTRIBUTION, object.substring("attributions.".length()));
        }
        return Optional.ofNullable(tally).map(t -> new UnitMetric(path, t, statistic));
    }

    /** Splits a score of {@code dataset} by paragraph. */
    public UnitCounts units(Dataset dataset, org.claimeval.score.Scores scores) {
        return UnitCounts.byParagraph(dataset, scores, tally);
    }

    public double of(Counts counts) {
        return statistic.applyAsDouble(counts);
    }

    private static final Tally QUANTITIES = (d, sink) -> {
        for (Match m : d.matches()) {
            Counts q = AttributeScores.quantityCounts(m.gold().quantities(), m.predicted().quantities());
            sink.add(m.gold().start(), q.tp(), q.fp(), q.fn());
        }
    };

    private static Tally claimantJudged(ClaimantKeys claimants) {
        return judged(m -> claimants.sameClaimant(m.gold(), m.predicted()));
    }

    private static Tally judged(java.util.function.Predicate<Match> right) {
        return (d, sink) -> d.matches().forEach(m -> {
            long correct = right.test(m) ? 1 : 0;
            sink.add(m.gold().start(), correct, 0, 1 - correct);
        });
    }

    /** The span counts of one breakdown row: TP and FN by the gold claim's key, FP by the prediction's. */
    private static Tally row(Dimension dimension, String key) {
        return (d, sink) -> {
            for (Match m : d.matches()) {
                if (key.equals(dimension.keyOf(m.gold()))) {
                    sink.add(m.gold().start(), 1, 0, 0);
                }
            }
            for (Claim c : d.spurious()) {
                if (key.equals(dimension.keyOf(c))) {
                    sink.add(c.start(), 0, 1, 0);
                }
            }
            for (Claim c : d.missed()) {
                if (key.equals(dimension.keyOf(c))) {
                    sink.add(c.start(), 0, 0, 1);
                }
            }
        };
    }
}
