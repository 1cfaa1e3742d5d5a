package org.claimeval.extract;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Claim;
import org.claimeval.model.Problem;
import org.claimeval.score.Rejection;

/**
 * The claims read from a predictions file.
 *
 * @param file             the file as the user named it
 * @param sha256           hex digest of the file's bytes: identifies exactly what was scored
 * @param claims           by document id, in the dataset's document order; each list sorted by (start, end),
 *                         equal spans in file order, ids {@code <doc>#p<n>} as the runner numbers them
 * @param lines            by document id, the file line of each claim, parallel to {@code claims}
 * @param rejected         by document id, the claims that could not be placed (unaligned, and in lenient mode
 *                         invalid or skipped lines naming the document): false positives, in file order
 * @param alignmentCounts  how many claims got their offsets each way (every method present, zeros included)
 * @param skippedLines     lines skipped in lenient mode (not a claim at all)
 * @param skippedProblems  why they were skipped (the first {@link PredictionsReader#MAX_PROBLEMS} problems)
 * @param warnings         what the user should know although nothing failed ("empty file")
 */
public record Predictions(String file, String sha256, Map<String, List<Claim>> claims, Map<String, int[]> lines,
                          Map<String, List<Rejection>> rejected, Map<AlignmentMethod, Integer> alignmentCounts,
                          int skippedLines, List<Problem> skippedProblems, List<String> warnings) {

    public Predictions {
        Map<String, List<Claim>> copy = new LinkedHashMap<>();
        claims.forEach((doc, list) -> copy.put(doc, Collections.unmodifiableList(list)));
        claims = Collections.unmodifiableMap(copy);
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        Map<String, List<Rejection>> rejectedCopy = new LinkedHashMap<>();
        rejected.forEach((doc, list) -> rejectedCopy.put(doc, List.copyOf(list)));
        rejected = Collections.unmodifiableMap(rejectedCopy);
        alignmentCounts = Collections.unmodifiableMap(new EnumMap<>(alignmentCounts));
        skippedProblems = List.copyOf(skippedProblems);
        warnings = List.copyOf(warnings);
    }

    public List<Rejection> rejected(String doc) {
        return rejected.getOrDefault(doc, List.of());
    }

    /** The file line of a document's claim with that id ({@code <doc>#p<n>}); 0 when unknown. */
    public int lineOf(String doc, String claimId) {
        List<Claim> list = claims(doc);
        int[] numbers = lines.get(doc);
        String prefix = doc + "#p";
        if (numbers == null || claimId == null || !claimId.startsWith(prefix)) {
            return 0;
        }
        try {
            int i = Integer.parseInt(claimId.substring(prefix.length())) - 1;
            return i >= 0 && i < list.size() && list.get(i).id().equals(claimId) ? numbers[i] : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Claims that could not be placed, over all documents. */
    public int rejectedCount() {
        return rejected.values().stream().mapToInt(List::size).sum();
    }

    public List<Claim> claims(String doc) {
        return claims.getOrDefault(doc, List.of());
    }

    public int size() {
        return claims.values().stream().mapToInt(List::size).sum();
    }
}
