package org.claimeval.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a claim is about: a label from the dataset's own label set (the manifest's {@code annotates.type}).
 * The constants are kursk-claims' labels, defined in dataset/GUIDELINES.md; another dataset brings its own
 * ({@link #of}), and labels compare by their spelling.
 *
 * @param label the spelling in gold files, predictions and reports
 */
public record ClaimType(String label) implements JsonEnum {
    public static final ClaimType CASUALTIES = new ClaimType("CASUALTIES");
    public static final ClaimType TERRITORY = new ClaimType("TERRITORY");
    public static final ClaimType FORCES = new ClaimType("FORCES");
    public static final ClaimType COMBAT = new ClaimType("COMBAT");
    public static final ClaimType INTENT = new ClaimType("INTENT");
    public static final ClaimType ASSESSMENT = new ClaimType("ASSESSMENT");
    public static final ClaimType POLITICAL = new ClaimType("POLITICAL");
    public static final ClaimType OTHER = new ClaimType("OTHER");

    private static final List<ClaimType> KURSK_CLAIMS =
            List.of(CASUALTIES, TERRITORY, FORCES, COMBAT, INTENT, ASSESSMENT, POLITICAL, OTHER);

    public ClaimType {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a type label must not be blank");
        }
    }

    /** A label of any dataset's label set. */
    public static ClaimType of(String label) {
        return new ClaimType(label);
    }

    /** kursk-claims' label set, in guideline order. */
    public static ClaimType[] values() {
        return KURSK_CLAIMS.toArray(ClaimType[]::new);
    }

    /** kursk-claims' labels as strings, in guideline order. */
    public static List<String> kurskClaimsLabels() {
        return KURSK_CLAIMS.stream().map(ClaimType::label).toList();
    }

    /** A kursk-claims label; {@link IllegalArgumentException} for any other spelling, like an enum's valueOf. */
    public static ClaimType valueOf(String label) {
        return parse(label).orElseThrow(() -> new IllegalArgumentException("not a kursk-claims type: " + label));
    }

    /** The kursk-claims label spelled so, if any. */
    public static Optional<ClaimType> parse(String label) {
        return KURSK_CLAIMS.stream().filter(t -> t.label.equals(label)).findFirst();
    }

    /** The label, as an enum constant's name would be. */
    public String name() {
        return label;
    }

    @Override
    public String json() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
