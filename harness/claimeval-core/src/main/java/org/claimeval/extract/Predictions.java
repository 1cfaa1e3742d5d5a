package org.claimeval.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Claim;
import org.claimeval.model.Problem;

/**
 * The claims read from a predictions file.
 *
 * @param file             the file as the user named it
 * @param sha256           hex digest of the file's bytes: identifies exactly what was scored
 * @param claims           by document id, in the dataset's document order; each list sorted by (start, end),
 *                         equal spans in file order, ids {@code <doc>#p<n>} as the runner numbers them
 * @param alignmentCounts  how many claims got their offsets each way (every method present, zeros included)
 * @param skippedLines     lines skipped in lenient mode
 * @param skippedProblems  why they were skipped (the first {@link PredictionsReader#MAX_PROBLEMS} problems)
 */
public record Predictions(String file, String sha256, Map<String, List<Claim>> claims,
                          Map<AlignmentMethod, Integer> alignmentCounts, int skippedLines,
                          List<Problem> skippedProblems) {

    public Predictions {
        Map<String, List<Claim>> copy = new LinkedHashMap<>();
        claims.forEach((doc, list) -> copy.put(doc, Collections.unmodifiableList(list)));
        claims = Collections.unmodifiableMap(copy);
        alignmentCounts = Collections.unmodifiableMap(new EnumMap<>(alignmentCounts));
        skippedProblems = List.copyOf(skippedProblems);
    }

    public List<Claim> claims(String doc) {
        return claims.getOrDefault(doc, List.of());
    }

    public int size() {
        return claims.values().stream().mapToInt(List::size).sum();
    }
}
