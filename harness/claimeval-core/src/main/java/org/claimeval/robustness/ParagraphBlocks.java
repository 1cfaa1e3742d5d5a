package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.Span;

/**
 * A document cut at the paragraph boundaries no gold span crosses: text can be inserted at a block's start or
 * blocks reordered without cutting a claim, a mention, a cue or a quantity in two. A paragraph is a line with
 * non-blank text; it owns the blank lines after it.
 */
final class ParagraphBlocks {

    private ParagraphBlocks() {
    }

    /** Code-point offsets where a block starts, ascending; the first is always 0. */
    static List<Integer> starts(Document document, List<Claim> gold) {
        List<Span> spans = gold.stream().flatMap(ParagraphBlocks::spans).toList();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int[] text = document.text().codePoints().toArray();
        for (int i = 1; i < text.length; i++) {
            if (text[i - 1] == '\n' && text[i] != '\n' && !blankLineFrom(text, i) && uncrossed(spans, i)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static boolean blankLineFrom(int[] text, int i) {
        for (int j = i; j < text.length && text[j] != '\n'; j++) {
            if (!Character.isWhitespace(text[j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean uncrossed(List<Span> spans, int offset) {
        return spans.stream().noneMatch(s -> s.start() < offset && offset < s.end());
    }

    private static Stream<Span> spans(Claim c) {
        return Stream.concat(Stream.of(c.content(), c.claimantMention(), c.cue()),
                c.quantities().stream().map(q -> q.span())).filter(s -> s != null);
    }
}
