package org.claimeval.score;

import java.util.List;
import org.claimeval.model.Claim;

/**
 * The result of matching one document: every gold claim is either in a match or missed, every prediction
 * either in a match or spurious. Lists are in span order (start, end, text, id).
 */
public record Alignment(List<Match> matches, List<Claim> missed,
                        List<Claim> spurious) {
    public Alignment {
        matches = List.copyOf(matches);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public Counts counts() {
        return new Counts(matches.size(), spurious.size(), missed.size());
    }
}
