package org.claimeval.model;

import java.util.List;
import java.util.Objects;

/**
 * What a dataset annotates (the manifest's {@code annotates} profile). Validation, scoring and reports use it:
 * an attribute a dataset does not annotate is neither required in its gold nor reported as 0, it is absent.
 *
 * @param claimant    how claims name their source: {@link ClaimantKind#REGISTRY} (a claimants.json id),
 *                    {@link ClaimantKind#MENTION} (the normalised source mention, no registry) or
 *                    {@link ClaimantKind#NONE}
 * @param types       the dataset's own type labels; empty when claims carry no type
 * @param attribution explicit / implicit / author
 * @param quote       direct / partial / none
 * @param quantities  the figures inside claims
 * @param cue         the reporting cue span
 * @param clusters    keys shared by claims about the same fact
 */
public record Annotates(ClaimantKind claimant, List<String> types, boolean attribution, boolean quote,
                        boolean quantities, boolean cue, boolean clusters) {

    /** How a dataset identifies the source of a claim. */
    public enum ClaimantKind implements JsonEnum {
        REGISTRY, MENTION, NONE;

        @Override
        public String json() {
            return JsonEnum.lower(this);
        }
    }

    /** Everything, with kursk-claims' type labels: the profile of a manifest that declares none. */
    public static final Annotates EVERYTHING = new Annotates(ClaimantKind.REGISTRY, ClaimType.kurskClaimsLabels(),
            true, true, true, true, true);

    public Annotates {
        Objects.requireNonNull(claimant, "claimant");
        types = List.copyOf(types);
    }

    public boolean claimants() {
        return claimant != ClaimantKind.NONE;
    }

    /** The claimant is a registry entry, so it has a side. */
    public boolean registry() {
        return claimant == ClaimantKind.REGISTRY;
    }

    public boolean type() {
        return !types.isEmpty();
    }

    /**
     * Whether claims in the article's own voice (attribution {@code author}) are annotated. Only a dataset that
     * annotates attribution kinds can mark such a claim; an attribution corpus (source, cue and content, as a brat
     * import of one is) annotates attributed content only, so an author claim predicted on it is never gold.
     */
    public boolean authorClaims() {
        return attribution;
    }

    /** The built-in extractors predict types only for kursk-claims' labels, the ones their lexicon knows. */
    public boolean kurskClaimsTypes() {
        return types.equals(ClaimType.kurskClaimsLabels());
    }

    /** The names of the attributes this dataset does not annotate, for reports that say so. */
    public List<String> notAnnotated() {
        List<String> absent = new java.util.ArrayList<>();
        if (!claimants()) {
            absent.add("claimant");
        }
        if (!registry()) {
            absent.add("side");
        }
        if (!type()) {
            absent.add("type");
        }
        if (!attribution) {
            absent.add("attribution");
        }
        if (!quote) {
            absent.add("quote");
        }
        if (!quantities) {
            absent.add("quantities");
        }
        if (!cue) {
            absent.add("cue");
        }
        if (!clusters) {
            absent.add("clusters");
        }
        return List.copyOf(absent);
    }
}
