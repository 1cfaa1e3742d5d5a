package org.claimeval.extract;

import org.claimeval.spi.ClaimExtractor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimeval.model.Claim;
import org.claimeval.score.Rejection;

/**
 * What one extractor produced over a list of documents. Identical for any thread count, timing aside.
 *
 * @param extractor    the extractor's name
 * @param version      the extractor's version
 * @param claims       the claims of each document extracted without failure, in document order; each list
 *                     sorted by (start, end), ids and {@code doc} filled in
 * @param rejected     by document id, the claims that could not be placed in their document (invented text,
 *                     out-of-range or reversed spans, bad fields): false positives, never dropped
 * @param failures     the documents the extractor failed on, by document id
 * @param notRun       documents left out because {@code failFast} stopped the run, in document order
 * @param prepareNanos time spent in {@link ClaimExtractor#prepare}
 * @param elapsedNanos wall-clock time of the whole run, preparation included
 */
public record ExtractionResult(String extractor, String version, Map<String, List<Claim>> claims,
                               Map<String, List<Rejection>> rejected,
                               SortedMap<String, DocumentFailure> failures, List<String> notRun,
                               long prepareNanos, long elapsedNanos) {

    public ExtractionResult {
        Map<String, List<Claim>> copy = new LinkedHashMap<>();
        claims.forEach((doc, list) -> copy.put(doc, List.copyOf(list)));
        claims = Collections.unmodifiableMap(copy);
        Map<String, List<Rejection>> rejectedCopy = new LinkedHashMap<>();
        rejected.forEach((doc, list) -> {
            if (!list.isEmpty()) {
                rejectedCopy.put(doc, List.copyOf(list));
            }
        });
        rejected = Collections.unmodifiableMap(rejectedCopy);
        failures = Collections.unmodifiableSortedMap(new TreeMap<>(failures));
        notRun = List.copyOf(notRun);
    }

    /** True when some document failed or was not run: the command then exits 3. */
    public boolean hasFailures() {
        return !failures.isEmpty() || !notRun.isEmpty();
    }

    public List<Claim> claims(String doc) {
        return claims.getOrDefault(doc, List.of());
    }

    public List<Rejection> rejected(String doc) {
        return rejected.getOrDefault(doc, List.of());
    }
}
