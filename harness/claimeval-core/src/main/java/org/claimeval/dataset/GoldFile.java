package org.claimeval.dataset;

import java.util.List;
import org.claimeval.model.Claim;

/**
 * One gold file as read: its header and the claims that could be read completely.
 *
 * @param json   the parsed file, for locating problems
 * @param doc    the {@code doc} field; null when unusable
 * @param sha256 the {@code sha256} field; null when unusable
 * @param claims readable claims with their position in the {@code claims} array
 */
public record GoldFile(LocatedJson json, String doc, String sha256, List<GoldClaim> claims) {

    /**
     * A claim, the path of its object in the file ({@code claims[3]}) and the guideline rules it breaks on
     * purpose (its optional {@code exceptions} field; those that could not be read are left out, and reported).
     */
    public record GoldClaim(String path, Claim claim, List<RuleException> exceptions) {
        public GoldClaim {
            exceptions = List.copyOf(exceptions);
        }

        public GoldClaim(String path, Claim claim) {
            this(path, claim, List.of());
        }
    }

    /**
     * One entry of a claim's {@code exceptions}: the named {@link GuidelineRule} does not apply to this claim.
     *
     * @param rule   the rule's name as the guideline writes it ({@code direct-quote-in-marks})
     * @param reason why the claim breaks it, for the reader of the gold
     * @param path   the entry's field path ({@code claims[3].exceptions[0]}), for locating problems
     */
    public record RuleException(String rule, String reason, String path) {
    }
}
