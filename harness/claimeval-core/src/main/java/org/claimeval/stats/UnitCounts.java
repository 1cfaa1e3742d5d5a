package org.claimeval.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.score.Counts;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Scores;

/**
 * A score split into resampling units: the (TP, FP, FN) of every paragraph of every document, computed once
 * from the scorer's per-document claim lists so that a bootstrap resample is only a sum.
 *
 * <p>Why paragraphs (a cluster bootstrap): with five documents, resampling documents gives too few distinct
 * resamples for a percentile interval; resampling single claims treats claims as independent, yet the claims
 * of one paragraph come from one source and one passage and are found or missed together. A paragraph (a
 * non-blank line) is the smallest unit that keeps those together; the bundled dataset has 60 of them.
 *
 * <p>Each item belongs to the paragraph where it starts: a true positive and a missed gold claim where the
 * gold claim starts, a false positive where the prediction starts. Every paragraph of every scored document
 * is a unit, including those with no claims, in document-id then text order, so the units are the same for
 * every extractor scored on the same dataset (which the paired tests rely on).
 */
public final class UnitCounts {
    /** The resampling unit as reports name it. */
    public static final String PARAGRAPH = "paragraph";

    private final List<String> labels;
    private final long[] tp;
    private final long[] fp;
    private final long[] fn;

    /** Units given directly, e.g. by a test; {@code counts.get(i)} is unit i. */
    public UnitCounts(List<String> labels, List<Counts> counts) {
        if (labels.size() != counts.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + counts.size() + " units");
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("no units to resample");
        }
        this.labels = List.copyOf(labels);
        int n = counts.size();
        tp = new long[n];
        fp = new long[n];
        fn = new long[n];
        for (int i = 0; i < n; i++) {
            tp[i] = counts.get(i).tp();
            fp[i] = counts.get(i).fp();
            fn[i] = counts.get(i).fn();
        }
    }

    /** Splits the span counts of a score by paragraph; {@code scores} must come from scoring {@code dataset}. */
    public static UnitCounts byParagraph(Dataset dataset, Scores scores) {
        return byParagraph(dataset, scores, UnitMetric.SPAN);
    }

    /** Splits what {@code tally} counts in each document by paragraph. */
    public static UnitCounts byParagraph(Dataset dataset, Scores scores, UnitMetric.Tally tally) {
        List<String> labels = new ArrayList<>();
        List<Counts> counts = new ArrayList<>();
        for (DocumentScore d : scores.documents()) {
            Document document = dataset.document(d.doc())
                    .orElseThrow(() -> new IllegalArgumentException("scores of unknown document " + d.doc()));
            Paragraphs paragraphs = Paragraphs.of(document);
            long[][] perParagraph = new long[paragraphs.size()][3];
            tally.tally(d, (offset, tp, fp, fn) -> {
                long[] unit = perParagraph[paragraphs.indexOf(offset)];
                unit[0] += tp;
                unit[1] += fp;
                unit[2] += fn;
            });
            for (int i = 0; i < paragraphs.size(); i++) {
                labels.add(d.doc() + "#" + (i + 1));
                counts.add(new Counts(perParagraph[i][0], perParagraph[i][1], perParagraph[i][2]));
            }
        }
        return new UnitCounts(labels, counts);
    }

    public int size() {
        return labels.size();
    }

    /** {@code document#paragraph} (1-based) for paragraph units. */
    public String label(int unit) {
        return labels.get(unit);
    }

    public Counts counts(int unit) {
        return new Counts(tp[unit], fp[unit], fn[unit]);
    }

    /** The sum over all units: the micro counts of the score. */
    public Counts total() {
        long t = 0;
        long p = 0;
        long n = 0;
        for (int i = 0; i < size(); i++) {
            t += tp[i];
            p += fp[i];
            n += fn[i];
        }
        return new Counts(t, p, n);
    }

    /**
     * The same counts with each document's paragraphs summed into one unit labelled by the document id: the
     * unit to pair two runs on when their texts differ in paragraphs (an original and a rewritten document).
     */
    public UnitCounts byDocument() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < size(); i++) {
            String label = labels.get(i);
            int hash = label.lastIndexOf('#');
            long[] sum = sums.computeIfAbsent(hash < 0 ? label : label.substring(0, hash), k -> new long[3]);
            sum[0] += tp[i];
            sum[1] += fp[i];
            sum[2] += fn[i];
        }
        List<Counts> counts = sums.values().stream().map(t -> new Counts(t[0], t[1], t[2])).toList();
        return new UnitCounts(new ArrayList<>(sums.keySet()), counts);
    }

    /** Whether both split the same units, so they can be compared pairwise. */
    public boolean sameUnitsAs(UnitCounts other) {
        return labels.equals(other.labels);
    }

    long tp(int unit) {
        return tp[unit];
    }

    long fp(int unit) {
        return fp[unit];
    }

    long fn(int unit) {
        return fn[unit];
    }
}
