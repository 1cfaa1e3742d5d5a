package org.claimeval.score;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Span;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Side;

/**
 * How scoring compares claimants: by registry id after alias normalisation
 * ({@link ClaimantRegistry#canonicalId}), and at the side level by the side of the resolved entry.
 */
public final class ClaimantKeys {
    /** Side key of the article's own voice, which speaks for no side. */
    static final String AUTHOR = Claimant.AUTHOR_ID;

    private final ClaimantRegistry registry;
    /** No registry: the claimant is the source mention, which a prediction may also hit by its span. */
    private final boolean mentionOnly;
    /** Resolution normalises text with regular expressions; claimant strings repeat, so resolve each once. */
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    ClaimantKeys(ClaimantRegistry registry) {
        this(registry, Annotates.EVERYTHING);
    }

    public ClaimantKeys(ClaimantRegistry registry, Annotates annotates) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.mentionOnly = annotates.claimant() == Annotates.ClaimantKind.MENTION;
    }

    /**
     * The claimants of a gold and a predicted claim agree. With a registry: same registry id. Without one
     * (claimant = the normalised source mention): same normalised text, or overlapping mention spans.
     */
    public boolean sameClaimant(Claim gold, Claim predicted) {
        if (sameClaimant(gold.claimant(), predicted.claimant())) {
            return true;
        }
        Span g = gold.claimantMention();
        Span p = predicted.claimantMention();
        return mentionOnly && g != null && p != null && p.start() < g.end() && g.start() < p.end();
    }

    /** The prediction names a claimant at all (by text, or in mention-only datasets by a mention span). */
    boolean given(Claim predicted) {
        return id(predicted.claimant()) != null || mentionOnly && predicted.claimantMention() != null;
    }

    /** Registry id of a claimant string; null when the claim names none. */
    String id(String claimant) {
        return claimant == null || claimant.isBlank() ? null : ids.computeIfAbsent(claimant, registry::canonicalId);
    }

    boolean sameClaimant(String gold, String predicted) {
        String p = id(predicted);
        return p != null && p.equals(id(gold));
    }

    /** {@code RU}, {@code UA}, {@code WEST}, {@code OTHER}, {@code author}, or null when unknown or not given. */
    String side(String claimant) {
        String id = id(claimant);
        if (id == null) {
            return null;
        }
        if (AUTHOR.equals(id)) {
            return AUTHOR;
        }
        return registry.side(claimant).map(Side::json).orElse(null);
    }

    /** Same side; when the gold claimant's side is unknown, only the same claimant is on the same side. */
    boolean sameSide(String gold, String predicted) {
        if (id(predicted) == null) {
            return false;
        }
        String goldSide = side(gold);
        return goldSide == null ? sameClaimant(gold, predicted) : goldSide.equals(side(predicted));
    }
}
