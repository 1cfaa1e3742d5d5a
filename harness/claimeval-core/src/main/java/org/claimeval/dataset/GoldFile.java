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

    /** A claim and the path of its object in the file ({@code claims[3]}). */
    public record GoldClaim(String path, Claim claim) {
    }
}
