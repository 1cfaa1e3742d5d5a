package org.claimeval.dataset;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of {@code dataset/GUIDELINES.md} (section 12) that the validator checks on each gold claim, beyond
 * the format. A claim may break one on purpose by naming it in its {@code exceptions} field.
 */
public enum GuidelineRule {
    EXPLICIT_HAS_CUE_OR_MENTION("explicit-has-cue-or-mention", "section 2, H20"),
    AUTHOR_HAS_NO_CUE_OR_MENTION("author-has-no-cue-or-mention", "sections 2 and 10"),
    IMPLICIT_HAS_NO_CUE_OR_MENTION("implicit-has-no-cue-or-mention", "sections 2 and 10"),
    DIRECT_QUOTE_IN_MARKS("direct-quote-in-marks", "section 10, quote"),
    IDS_IN_TEXT_ORDER("ids-in-text-order", "section 10, id");

    private final String ruleName;
    private final String section;

    GuidelineRule(String ruleName, String section) {
        this.ruleName = ruleName;
        this.section = section;
    }

    /** The name the guideline and the {@code exceptions} field use. */
    public String ruleName() {
        return ruleName;
    }

    /** Where the guideline states the rule. */
    public String section() {
        return section;
    }

    /** The reference a problem ends with: {@code (GUIDELINES.md section 2, H20; rule explicit-has-cue-or-mention)}. */
    String reference() {
        return "(GUIDELINES.md " + section + "; rule " + ruleName + ")";
    }

    static Optional<GuidelineRule> named(String name) {
        return Arrays.stream(values()).filter(r -> r.ruleName.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(GuidelineRule::ruleName).toList().toString();
    }
}
