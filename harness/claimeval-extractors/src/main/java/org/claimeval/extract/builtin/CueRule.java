package org.claimeval.extract.builtin;

/**
 * One family of reporting constructions ("according to X", "This was reported by X", "X, Y said"): where the
 * content and the source of a cue are. The rules are tried in order and the first that applies decides; a new
 * construction is a new rule in {@link CueRules}, not an edit of another.
 */
interface CueRule {
    /** What the rule decides about a cue, or {@link Outcome#NOT_MINE} when the construction is another's. */
    Outcome apply(CueSite site, RuleContext ctx);

    /** A rule's decision: not its construction, no claim, or a claim. */
    record Outcome(boolean applies, Found found) {
        static final Outcome NOT_MINE = new Outcome(false, null);
        static final Outcome NO_CLAIM = new Outcome(true, null);

        static Outcome claim(Found found) {
            return new Outcome(true, found);
        }
    }
}
