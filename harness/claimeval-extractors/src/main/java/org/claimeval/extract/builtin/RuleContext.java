package org.claimeval.extract.builtin;

/**
 * What every attribution rule of one document shares: the text, word navigation, noun phrases, the cue scanner
 * and the claimant resolver (which remembers speakers for pronouns, so there is one per document), and the names
 * a transcript labelled as the outlet's own voices ("MARK ROE, correspondent:"), for their later bare labels.
 */
record RuleContext(String text, TextNav nav, NounPhrases phrases, CueScanner scanner, ClaimantResolver resolver,
                   java.util.Set<String> ownVoices) {
    static RuleContext of(String text, RegistryLookup registry) {
        TextNav nav = new TextNav(text);
        return new RuleContext(text, nav, new NounPhrases(nav), new CueScanner(nav), new ClaimantResolver(registry),
                new java.util.HashSet<>());
    }

    ClaimantResolver.Resolved resolve(TextRange mention) {
        return resolver.resolve(text, mention);
    }
}
