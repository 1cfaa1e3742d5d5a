package org.claimeval.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * Scores predictions against a dataset's gold claims.
 *
 * <p>Every document of the dataset is scored; a document with no entry in the predictions map has no
 * predictions (all its gold claims are missed). Predictions must belong to the dataset's documents and lie
 * within their text: the loaders check that and report bad input; here a violation is a programming error
 * ({@link IllegalArgumentException}).
 *
 * <p>Documents are independent, so they can be scored on several threads; results are collected by document
 * id, never in completion order, so any thread count gives identical scores.
 */
public final class Scorer {
    private final ScoreConfig config;
    private final int threads;

    public Scorer(ScoreConfig config) {
        this(config, 1);
    }

    public Scorer(ScoreConfig config, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.config = Objects.requireNonNull(config, "config");
        this.threads = threads;
    }

    public Scores score(Dataset dataset, Map<String, List<Claim>> predictions) {
        return score(dataset, predictions, Map.of());
    }

    /**
     * @param rejected predictions that could not be placed, by document: each is a false positive of its
     *                 document, in every subset (what it would have said is unknown, so it is never filtered out)
     */
    public Scores score(Dataset dataset, Map<String, List<Claim>> predictions, Map<String, List<Rejection>> rejected) {
        Set<String> known = new HashSet<>();
        dataset.documents().forEach(d -> known.add(d.id()));
        for (String doc : predictions.keySet()) {
            if (!known.contains(doc)) {
                throw new IllegalArgumentException("predictions for unknown document " + doc);
            }
        }
        for (String doc : rejected.keySet()) {
            if (!known.contains(doc)) {
                throw new IllegalArgumentException("rejected predictions for unknown document " + doc);
            }
        }
        List<Document> documents = new ArrayList<>(dataset.documents());
        documents.sort(Comparator.comparing(Document::id));
        ClaimantKeys claimants = new ClaimantKeys(dataset.claimants(), dataset.annotates());
        List<DocumentScore> perDocument = scoreAll(documents, dataset, predictions, rejected, claimants);

        Counts micro = Counts.ZERO;
        AttributeScores attributes = AttributeScores.ZERO;
        List<Counts> counts = new ArrayList<>();
        for (DocumentScore d : perDocument) {
            micro = micro.plus(d.counts());
            attributes = attributes.plus(d.attributes());
            counts.add(d.counts());
        }
        return new Scores(config, micro, Macro.of(counts), perDocument,
                Breakdown.of(Dimension.TYPE, perDocument),
                Breakdown.of(Dimension.ATTRIBUTION, perDocument),
                Breakdown.of(Dimension.side(claimants), perDocument),
                attributes);
    }

    private List<DocumentScore> scoreAll(List<Document> documents, Dataset dataset,
                                         Map<String, List<Claim>> predictions, Map<String, List<Rejection>> rejected,
                                         ClaimantKeys claimants) {
        if (threads == 1 || documents.size() < 2) {
            List<DocumentScore> out = new ArrayList<>();
            for (Document d : documents) {
                out.add(scoreDocument(d, dataset.gold(d.id()), predictions.getOrDefault(d.id(), List.of()),
                        rejected.getOrDefault(d.id(), List.of()), claimants));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()));
        try {
            List<Future<DocumentScore>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> scoreDocument(d, dataset.gold(d.id()),
                        predictions.getOrDefault(d.id(), List.of()), rejected.getOrDefault(d.id(), List.of()),
                        claimants)));
            }
            List<DocumentScore> out = new ArrayList<>();
            for (Future<DocumentScore> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scoring interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    DocumentScore scoreDocument(Document document, List<Claim> gold, List<Claim> predicted, ClaimantKeys claimants) {
        return scoreDocument(document, gold, predicted, List.of(), claimants);
    }

    /**
     * Scores one document: the span assignment, then the strict claim + claimant assignment and the full
     * relation assignment (claimant and cue too). Rejected predictions are false positives of all three.
     */
    DocumentScore scoreDocument(Document document, List<Claim> gold, List<Claim> predicted, List<Rejection> rejected,
                                ClaimantKeys claimants) {
        List<Claim> keptGold = gold.stream().filter(config.subset()::keepsGold).toList();
        List<Claim> keptPredicted = predicted.stream().filter(config.subset()::keepsPrediction).toList();
        TokenView tokens = TokenView.of(document);
        Matcher.Candidates candidates = new Matcher(config.match(), claimants::sameClaimant)
                .candidates(tokens, keptGold, keptPredicted);
        Alignment alignment = candidates.solve();
        Counts unplaced = new Counts(0, rejected.size(), 0);
        Alignment strict = candidates.solve(claimants::sameClaimant);
        Counts relation = candidates.solve((g, p) -> claimants.sameClaimant(g, p)
                && SpanScore.agreeForRelation(g.cue(), p.cue())).counts().plus(unplaced);
        return new DocumentScore(document.id(), alignment.counts().plus(unplaced), alignment.matches(),
                alignment.missed(), alignment.spurious(), rejected,
                AttributeScores.of(alignment.matches(), strict.counts().plus(unplaced), relation, claimants), strict);
    }
}
