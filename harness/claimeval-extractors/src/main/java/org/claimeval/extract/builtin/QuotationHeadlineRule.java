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

    /** Most words of a speaker label before a quotation ("Ukrainian battalion commander"). */
    private static final int MAX_LABEL_WORDS = 5;

    /**
     * The quotation as its labelled speaker's claim, or null when it has no label: a speaker before a colon
     * ('Commander: "We are not leaving"', H26) or a description after one (H49).
     */
    static Found apply(Found quotation, RuleContext ctx) {
        if (quotation.quote() != QuoteKind.DIRECT || quotation.cue() != null) {
            return null;
        }
        Found labelled = speakerFirst(quotation, ctx);
        return labelled != null ? labelled : describedAfter(quotation, ctx);
    }

    /** 'Commander: "We are not leaving"': the label before the colon is the speaker, as in "Speaker: content". */
    private static Found speakerFirst(Found quotation, RuleContext ctx) {
        String text = ctx.text();
        TextNav nav = ctx.nav();
        int open = nav.skipSpacesBack(quotation.content().start());
        while (open > 0 && ContentTrimmer.isQuoteMark(text.charAt(open - 1))) {
            open--;
        }
        int colon = nav.skipSpacesBack(open) - 1;
        if (colon <= 0 || text.charAt(colon) != ':') {
            return null;
        }
        int lineStart = SentenceSplitter.lineAround(text, colon).start();
        int labelStart = lineStart;
        while (labelStart < colon && !Character.isLetter(text.charAt(labelStart))) {
            labelStart++; // an emoji or bullet before the label
        }
        TextRange label = SentenceSplitter.trim(text, labelStart, colon);
        String phrase = text.substring(label.start(), label.end());
        if (label.isEmpty() || !Character.isUpperCase(phrase.charAt(0)) || HeadlineSourceRule.isArticleLabel(phrase)
                || !nav.fewWordsWithoutThat(label.start(), label.end(), MAX_LABEL_WORDS)) {
            return null;
        }
        return new Found(quotation.content(), new TextRange(colon, colon + 1), ctx.resolve(label), quotation.via(),
                quotation.quote(), false);
    }

    /** '"quotation": a description on a topic' (H49). */
    private static Found describedAfter(Found quotation, RuleContext ctx) {
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
