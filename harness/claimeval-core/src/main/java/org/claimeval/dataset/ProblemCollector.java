package org.claimeval.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * Gathers every problem found in one pass, so a user fixes all of them at once instead of one per run.
 * The output order is fixed (file, line, claim, field, message) so two runs print the same report.
 */
public final class ProblemCollector {
    /** Deterministic order of problems; nulls (no claim, no field) come first. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::file, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::claimId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Problem::field, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Problem::message);

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void add(String file, int line, String claimId, String field, String message) {
        problems.add(new Problem(file, line, claimId, field, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** Every problem, sorted, exact duplicates removed. */
    public List<Problem> sorted() {
        return problems.stream().distinct().sorted(ORDER).toList();
    }

    public void throwIfAny() throws BadInputException {
        if (!problems.isEmpty()) {
            throw new BadInputException(sorted());
        }
    }
}
