package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs read together because a quotation runs across them (guideline H27): a paragraph that ends inside
 * an open quotation continues into the next one when that opens with a quotation mark, so one cue at the end
 * (or the start) of the quotation introduces all of it. Most blocks are one paragraph.
 */
record ParagraphBlock(List<TextRange> paragraphs) {
    /** From the first paragraph's start to the last one's end. */
    TextRange range() {
        return new TextRange(paragraphs.get(0).start(), paragraphs.get(paragraphs.size() - 1).end());
    }

    /** The sentences of every paragraph of the block, in order: a sentence never spans a paragraph break. */
    List<TextRange> sentences(String text) {
        if (paragraphs.size() == 1) {
            return SentenceSplitter.sentences(text, paragraphs.get(0));
        }
        List<TextRange> out = new ArrayList<>();
        for (TextRange p : paragraphs) {
            out.addAll(SentenceSplitter.sentences(text, p));
        }
        return out;
    }

    /** The paragraphs of a text grouped into blocks, in order. */
    static List<ParagraphBlock> of(String text, List<TextRange> paragraphs) {
        List<ParagraphBlock> out = new ArrayList<>();
        int k = 0;
        while (k < paragraphs.size()) {
            int last = k;
            while (last + 1 < paragraphs.size() && continues(text, paragraphs.get(k), paragraphs.get(last),
                    paragraphs.get(last + 1))) {
                last++;
            }
            out.add(new ParagraphBlock(List.copyOf(paragraphs.subList(k, last + 1))));
            k = last + 1;
        }
        return out;
    }

    /** The block of paragraphs starting with the line {@code first} (itself alone when no quotation runs on). */
    static ParagraphBlock startingAt(String text, TextRange first) {
        List<TextRange> block = new ArrayList<>();
        block.add(first);
        TextRange last = first;
        while (true) {
            TextRange next = nextParagraph(text, last.end());
            if (next == null || !continues(text, first, last, next)) {
                return new ParagraphBlock(block);
            }
            block.add(next);
            last = next;
        }
    }

    private static TextRange nextParagraph(String text, int from) {
        TextRange rest = SentenceSplitter.trim(text, from, text.length());
        return rest.isEmpty() ? null : SentenceSplitter.lineAround(text, rest.start());
    }

    /** Whether the quotation open at the end of the block so far ({@code first}..{@code last}) runs into {@code next}. */
    private static boolean continues(String text, TextRange first, TextRange last, TextRange next) {
        return QuotationFinder.opensParagraph(text.charAt(next.start()))
                && QuotationFinder.openAtEnd(text, new TextRange(first.start(), last.end()));
    }
}
