package org.claimeval.extract.builtin;

import java.util.List;
import org.claimeval.model.QuoteKind;

/**
 * What an attribution rule found, in char indices: content, cue, source and channels; {@link ClaimFactory}
 * turns it into a claim.
 */
record Found(TextRange content, TextRange cue, ClaimantResolver.Resolved source, List<String> via,
             QuoteKind quote, boolean implicit) {
    /** An explicit claim with no channel and no quotation kind yet. */
    static Found explicit(TextRange content, TextRange cue, ClaimantResolver.Resolved source) {
        return new Found(content, cue, source, List.of(), QuoteKind.NONE, false);
    }

    Found withVia(List<String> channels) {
        return new Found(content, cue, source, channels, quote, implicit);
    }

    Found withQuote(QuoteKind kind) {
        return new Found(content, cue, source, via, kind, implicit);
    }
}
