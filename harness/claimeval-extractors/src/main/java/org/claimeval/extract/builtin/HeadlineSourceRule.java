package org.claimeval.extract.builtin;

import java.util.List;

/** Headlines without a cue verb: "... – source", "...: Name"; the dash or colon is the cue. */
final class HeadlineSourceRule {
    private static final List<String> SEPARATORS = List.of(" – ", " — ", " - ", ": ");

    private HeadlineSourceRule() {
    }

    /** The claim of a headline, or null when it has no source after a separator. */
    static Found find(TextRange s, RuleContext ctx) {
        String text = ctx.text();
        TextNav nav = ctx.nav();
        for (String separator : SEPARATORS) {
            int at = nav.lastIndexWithin(separator, s.start(), s.end());
            if (at > s.start()) {
                TextRange source = nav.stripPunctuation(new TextRange(at + separator.length(), s.end()));
                int words = text.substring(source.start(), source.end()).split("\\s+").length;
                TextRange content = ContentTrimmer.trim(text, s.start(), at);
                int contentWords = text.substring(content.start(), content.end()).split("\\s+").length;
                if (!source.isEmpty() && words <= 4 && contentWords >= 3) {
                    ClaimantResolver.Resolved src = ctx.resolve(source);
                    int mark = at + separator.indexOf(separator.strip());
                    return Found.explicit(content, new TextRange(mark, mark + 1), src);
                }
            }
        }
        return null;
    }
}
