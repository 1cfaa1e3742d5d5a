package org.claimeval.model;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used as given; carries every problem found, not just the first. Exit code 2. */
public class BadInputException extends Exception {
    private final List<Problem> problems;

    public BadInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
