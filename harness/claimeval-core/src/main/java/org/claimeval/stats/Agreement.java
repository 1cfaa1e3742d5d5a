package org.claimeval.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.model.Span;
import org.claimeval.score.AttributeScores;
import org.claimeval.score.ClaimantKeys;
import org.claimeval.score.Counts;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Match;
import org.claimeval.score.MatchConfig;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Scorer;
import org.claimeval.score.Scores;
import org.claimeval.score.Subset;

/**
 * Inter-annotator agreement of two annotation sets in the gold format: A is taken as gold and B as
 * predictions, and the harness's own {@link Scorer} matches them (one-to-one per document), so agreement is
 * measured exactly as extractors are scored.
 *
 * <p>Span agreement is micro F1 under exact and under overlap matching (token IoU &gt;= 0.5); F1 is symmetric
 * in A and B, precision and recall swap. The attribute agreements are over the overlap-matched pairs: claimant
 * (B's ids translated by {@link ClaimantMapping}), attribution and type as shares of pairs that agree, and
 * Cohen's kappa for type and for attribution.
 *
 * <p>The remaining attributes are compared on the same pairs, so a guideline gap shows up even where the
 * spans agree: the claimant mention and the cue (same offsets, or both absent), {@code via} (B's ids
 * translated like the claimant, same list), {@code quote}, and the quantities as P/R/F1 over (value, unit,
 * bound), B against A.
 *
 * @param pairs       number of overlap-matched pairs
 * @param claimant    pairs whose claimants agree
 * @param attribution pairs whose attribution agrees
 * @param type        pairs whose type agrees
 * @param mention     pairs whose claimant mentions have the same offsets (or are both absent)
 * @param cue         pairs whose cues have the same offsets (or are both absent)
 * @param via         pairs whose channels agree
 * @param quote       pairs whose quote kind agrees
 * @param quantities  quantities of B against those of A, over the pairs
 * @param clusters    claim pairs linked by a shared cluster key, B against A ({@link ClusterPairs}): pairwise
 *                    precision, recall and F1 over all claims, matched through the overlap matching
 * @param explanations the differences of the matched pairs counted by field and by how B differs
 */
public record Agreement(String nameA, String nameB, String dataset, Counts exact, Counts overlap, long pairs,
                        long claimant, long attribution, long type, long mention, long cue, long via, long quote,
                        Counts quantities, Counts clusters, CohensKappa typeKappa, CohensKappa attributionKappa,
                        List<Disagreement> disagreements, List<Explanation> explanations, List<Pair> matched) {

    public Agreement {
        disagreements = List.copyOf(disagreements);
        explanations = List.copyOf(explanations);
        matched = List.copyOf(matched);
    }

    /** An overlap-matched pair: A's claim and B's (with B's claimants translated into A's registry). */
    public record Pair(Claim a, Claim b) {
    }

    /**
     * One kind of difference between matched pairs.
     *
     * @param field     the field that differs ({@code via}, {@code claimant mention}, {@code quantities}, ...)
     * @param how       how B differs ("B adds a channel"); for a quantity, per figure
     * @param count     how many pairs (for quantities: figures) differ this way
     * @param claimants A's claimants of those pairs, with their counts
     */
    public record Explanation(String field, String how, long count, java.util.SortedMap<String, Long> claimants) {
        public Explanation {
            claimants = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(claimants));
        }
    }

    /** A share of the matched pairs; 1.0 with no pairs, as for attribute accuracy. */
    public double share(long agreed) {
        return pairs == 0 ? 1.0 : agreed / (double) pairs;
    }

    /**
     * Measures agreement.
     *
     * @param seeds the documents (and, when A has no claimants.json, the registry): A's own dataset when A is a
     *              dataset folder, else the bundled one
     * @throws BadInputException when a claim of either set lies outside its document, does not match the text
     *                           there, or belongs to a document the seeds do not have
     */
    public static Agreement measure(AnnotationSet a, AnnotationSet b, Dataset seeds) throws BadInputException {
        List<Problem> problems = new ArrayList<>();
        check(a, seeds, problems);
        check(b, seeds, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        var registryA = a.registry() != null ? a.registry() : seeds.claimants();
        // Only the documents both annotated: a document one annotator never saw is not a disagreement.
        List<Document> common = seeds.documents().stream()
                .filter(d -> a.claims().containsKey(d.id()) && b.claims().containsKey(d.id())).toList();
        if (common.isEmpty()) {
            throw new BadInputException(new Problem(b.goldFolder().toString(), 0, null, null, "annotates no document that "
                    + a.name() + " annotates: there is nothing to agree on"));
        }
        Dataset asGold = new Dataset(seeds.name(), seeds.version(), common, registryA, a.claims(),
                seeds.goldHash(), seeds.annotates());
        ClaimantMapping mapping = new ClaimantMapping(registryA, b.registry());
        Map<String, List<Claim>> predictions = new HashMap<>();
        // Without a registry the claimant is the source mention: nothing to translate, compared as scoring does.
        boolean registry = seeds.annotates().registry();
        ClaimantKeys claimantKeys = new ClaimantKeys(registryA, seeds.annotates());
        b.claims().forEach((doc, claims) -> {
            if (asGold.document(doc).isPresent()) {
                predictions.put(doc, claims.stream().map(c -> registry ? translated(c, mapping) : c).toList());
            }
        });

        Scores exact = new Scorer(new ScoreConfig(MatchConfig.exact(), Subset.ALL)).score(asGold, predictions);
        Scores overlap = new Scorer(new ScoreConfig(MatchConfig.overlap(MatchConfig.DEFAULT_IOU), Subset.ALL))
                .score(asGold, predictions);

        long pairs = 0, claimant = 0, attribution = 0, type = 0, mention = 0, cue = 0, via = 0, quote = 0;
        Counts quantities = Counts.ZERO;
        List<String> typesA = new ArrayList<>(), typesB = new ArrayList<>();
        List<String> attributionsA = new ArrayList<>(), attributionsB = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        List<Pair> matched = new ArrayList<>();
        ClusterPairs clusters = new ClusterPairs();
        DifferenceKinds kinds = new DifferenceKinds();
        // Cluster pairs, like every other figure, over the documents both annotated.
        common.forEach(d -> a.claims().get(d.id()).forEach(clusters::addA));
        common.forEach(d -> b.claims().get(d.id()).forEach(clusters::addB));
        for (DocumentScore d : overlap.documents()) {
            for (Match m : d.matches()) {
                Claim ga = m.gold();
                Claim gb = m.predicted();
                matched.add(new Pair(ga, gb));
                pairs++;
                clusters.addMatch(ga, gb);
                List<String> differences = new ArrayList<>();
                if (ga.start() != gb.start() || ga.end() != gb.end()) {
                    differences.add("span " + ga.start() + "-" + ga.end() + "/" + gb.start() + "-" + gb.end());
                    kinds.span(ga, gb);
                }
                if (registry ? Objects.equals(ga.claimant(), gb.claimant()) : claimantKeys.sameClaimant(ga, gb)) {
                    claimant++;
                } else {
                    differences.add("claimant " + ga.claimant() + "/" + gb.claimant());
                    kinds.other("claimant", ga);
                }
                if (ga.attribution() == gb.attribution()) {
                    attribution++;
                } else {
                    differences.add("attribution " + label(ga.attribution()) + "/" + label(gb.attribution()));
                    kinds.other("attribution", ga);
                }
                if (Objects.equals(ga.type(), gb.type())) {
                    type++;
                } else {
                    differences.add("type " + label(ga.type()) + "/" + label(gb.type()));
                    kinds.other("type", ga);
                }
                if (sameSpan(ga.claimantMention(), gb.claimantMention())) {
                    mention++;
                } else {
                    differences.add("mention " + text(ga.claimantMention()) + "/" + text(gb.claimantMention()));
                    kinds.mention(ga, gb);
                }
                if (sameSpan(ga.cue(), gb.cue())) {
                    cue++;
                } else {
                    differences.add("cue " + text(ga.cue()) + "/" + text(gb.cue()));
                    kinds.other("cue", ga);
                }
                if (ga.via().equals(gb.via())) {
                    via++;
                } else {
                    differences.add("via " + ga.via() + "/" + gb.via());
                    kinds.via(ga, gb);
                }
                if (ga.quote() == gb.quote()) {
                    quote++;
                } else {
                    differences.add("quote " + label(ga.quote()) + "/" + label(gb.quote()));
                    kinds.other("quote", ga);
                }
                Counts q = AttributeScores.quantityCounts(ga.quantities(), gb.quantities());
                quantities = quantities.plus(q);
                if (q.fp() + q.fn() > 0) {
                    differences.add("quantities " + q.fn() + " only in A, " + q.fp() + " only in B");
                    kinds.quantities(ga, gb);
                }
                typesA.add(label(ga.type()));
                typesB.add(label(gb.type()));
                attributionsA.add(label(ga.attribution()));
                attributionsB.add(label(gb.attribution()));
                if (!differences.isEmpty()) {
                    disagreements.add(new Disagreement(d.doc(), Disagreement.DIFFERS, ga.id(), gb.id(), ga.start(),
                            ga.end(), gb.start(), gb.end(), differences, ga.text()));
                }
            }
            for (Claim c : d.missed()) {
                disagreements.add(new Disagreement(d.doc(), Disagreement.ONLY_A, c.id(), null, c.start(), c.end(),
                        null, null, List.of(), c.text()));
            }
            for (Claim c : d.spurious()) {
                disagreements.add(new Disagreement(d.doc(), Disagreement.ONLY_B, null, c.id(), null, null, c.start(),
                        c.end(), List.of(), c.text()));
            }
        }
        disagreements.sort(Comparator.comparing(Disagreement::doc).thenComparingInt(Disagreement::start)
                .thenComparing(Disagreement::kind)
                .thenComparing(x -> x.idA() != null ? x.idA() : x.idB()));
        return new Agreement(a.name(), b.name(), seeds.signature(), exact.micro(), overlap.micro(), pairs, claimant,
                attribution, type, mention, cue, via, quote, quantities, clusters.counts(), CohensKappa.of(typesA, typesB),
                CohensKappa.of(attributionsA, attributionsB), disagreements, kinds.explanations(), matched);
    }

    private static String label(org.claimeval.model.JsonEnum value) {
        return value == null ? "(none)" : value.json();
    }

    /** B's claim with its claimant and channels named by A's registry ids. */
    private static Claim translated(Claim c, ClaimantMapping mapping) {
        return c.toBuilder().claimant(mapping.toA(c.claimant())).via(c.via().stream().map(mapping::toA).toList())
                .build();
    }

    private static boolean sameSpan(Span a, Span b) {
        return a == null ? b == null : b != null && a.start() == b.start() && a.end() == b.end();
    }

    private static String text(Span span) {
        return span == null ? "(none)" : "\"" + span.text() + "\"";
    }

    /** Every claim must lie in a known document and carry the text found at its offsets. */
    private static void check(AnnotationSet set, Dataset seeds, List<Problem> problems) {
        for (var entry : set.claims().entrySet()) {
            String file = set.goldFolder().resolve(entry.getKey() + ".json").toString();
            Document document = seeds.document(entry.getKey()).orElse(null);
            if (document == null) {
                problems.add(new Problem(file, 0, null, "doc", "document " + entry.getKey()
                        + " is not in the dataset the seeds come from (" + seeds.signature() + ")"));
                continue;
            }
            for (Claim c : entry.getValue()) {
                if (c.start() < 0 || c.start() > c.end() || c.end() > document.length()) {
                    problems.add(new Problem(file, 0, c.id(), "start", "offsets " + c.start() + ".." + c.end()
                            + " lie outside the document (length " + document.length() + ")"));
                } else if (!document.slice(c.start(), c.end()).equals(c.text())) {
                    problems.add(new Problem(file, 0, c.id(), "text", "differs from the document at "
                            + c.start() + ".." + c.end()));
                }
            }
        }
    }
}
