package org.claimeval.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimeval.model.Claim;
import org.claimeval.score.Counts;

/**
 * Cluster agreement as pairwise counts: a pair of claims is "linked" by an annotator when both carry the same
 * cluster key (across documents; the key's spelling never matters, only the grouping). B's claims stand for the
 * A claims they are matched to, so a pair linked by both annotators is a true positive, a pair only B links a
 * false positive (this includes every pair with a B claim that matched nothing), a pair only A links a false
 * negative.
 *
 * <p>Counted without listing pairs: a group of n claims links n(n-1)/2 pairs, and the pairs both link are
 * those inside each group of matched claims that share A's key and B's key, so the time is linear in the
 * claims.
 */
final class ClusterPairs {
    private final Map<String, Long> sizesA = new HashMap<>();
    private final Map<String, Long> sizesB = new HashMap<>();
    private final Map<List<String>, Long> sizesBoth = new HashMap<>();

    /** A claim of A's, matched or not. */
    void addA(Claim a) {
        if (a.cluster() != null) {
            sizesA.merge(a.cluster(), 1L, Long::sum);
        }
    }

    /** A claim of B's, matched or not. */
    void addB(Claim b) {
        if (b.cluster() != null) {
            sizesB.merge(b.cluster(), 1L, Long::sum);
        }
    }

    /** A matched pair; both claims are also added on their own with {@link #addA} and {@link #addB}. */
    void addMatch(Claim a, Claim b) {
        if (a.cluster() != null && b.cluster() != null) {
            sizesBoth.merge(List.of(a.cluster(), Objects.requireNonNull(b.cluster())), 1L, Long::sum);
        }
    }

    Counts counts() {
        long both = pairs(sizesBoth);
        return new Counts(both, pairs(sizesB) - both, pairs(sizesA) - both);
    }

    private static long pairs(Map<?, Long> groupSizes) {
        return groupSizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
