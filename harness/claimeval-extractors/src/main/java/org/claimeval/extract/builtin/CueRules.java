package org.claimeval.extract.builtin;

import java.util.List;

/** The cue rules in the order they are tried; the first that applies decides what a cue makes. */
final class CueRules {
    /** Stateless rules, shared by every document and thread. */
    private static final List<CueRule> ORDER = List.of(
            new NegativeSubjectRule(),
            new AccordingToRule(),
            new PossessiveCueRule(),
            new ChannelAfterCueRule(),
            new AgentlessPassiveRule(),
            new ReferBackRule(),
            new PostposedSourceRule(),
            new RelativeObjectRule(), // after the rules that never ask for the subject: asking remembers it
            new AsClauseRule(),
            new InterruptingCueRule(),
            new TrailingCueRule(),
            new ComplementRule());

    private CueRules() {
    }

    /** The claim a cue makes, or null when it makes none. */
    static Found claimFor(CueSite site, RuleContext ctx) {
        for (CueRule rule : ORDER) {
            CueRule.Outcome outcome = rule.apply(site, ctx);
            if (outcome.applies()) {
                Found f = outcome.found();
                // "Z quoted X as saying": whichever rule placed the content, Z relayed it.
                return f == null || !f.via().isEmpty() ? f : f.withVia(site.channels());
            }
        }
        return null;
    }
}
