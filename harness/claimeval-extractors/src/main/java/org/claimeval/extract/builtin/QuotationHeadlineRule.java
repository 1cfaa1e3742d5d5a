package org.claimeval.extract.builtin;

import java.util.List;
import org.claimeval.model.QuoteKind;

/**
 * A feature headline `"quotation": a description on a topic` (guideline H49): the quotation is the described
 * speaker's, explicit, cue the colon, mention the description with its determiner and without the topic ("a
 * mayor" in "a mayor on life after the flood"), when the description names a source of the registry; a
 * description of something else ("a week on the river") leaves the quotation to the next speaker.
 */
final class QuotationHeadlineRule {
    /** Words that open the topic after the speaker's description. */
    private static final List<String> TOPIC_OPENERS = List.of(" on ", " about ", " in ", " at ", " from ",
            " after ", " as ", " with ");

    private QuotationHeadlineRule() {
    }

    /** The quotation as the described speaker's claim, or null when no ": description" follows it. */
    static Found apply(Found quotation, RuleContext ctx) {
        if (quotation.quote() != QuoteKind.DIRECT || quotation.cue() != null) {
            return null;
        }
        String text = ctx.text();
        int i = quotation.content().end();
        while (i < text.length() && (ContentTrimmer.isQuoteMark(text.charAt(i)) || ".,!".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ':') {
            return null;
        }
        int lineEnd = SentenceSplitter.lineEnd(text, i);
        TextRange rest = SentenceSplitter.trim(text, i + 1, lineEnd);
        if (rest.isEmpty() || !NounPhrases.DETERMINERS.contains(ctx.nav().wordAfter(rest.start()))) {
            return null; // "Speaker: content" is the headline rule's; here a description follows
        }
        String description = text.substring(rest.start(), rest.end());
        int end = description.length();
        for (String opener : TOPIC_OPENERS) {
            int at = description.indexOf(opener);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        TextRange mention = new TextRange(rest.start(), rest.start() + end);
        if (!ctx.resolver().names(text.substring(mention.start(), mention.end()))) {
            return null; // '"The dam will hold": a week on the river' describes no source
        }
        ClaimantResolver.Resolved speaker = ctx.resolve(mention);
        return new Found(quotation.content(), new TextRange(i, i + 1), speaker, quotation.via(), quotation.quote(),
                false);
    }
}
