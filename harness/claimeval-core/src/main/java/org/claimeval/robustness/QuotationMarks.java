package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * Straight quotation marks become typographic ones, or typographic ones straight, whichever the document
 * uses less. Every mark is one code point either way, so no offset moves; only the text under the spans does.
 */
final class QuotationMarks implements Perturbation {

    @Override
    public String name() {
        return "quotation-marks";
    }

    @Override
    public String description() {
        return "straight quotation marks and apostrophes become curly ones, or curly ones straight";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        int[] text = document.text().codePoints().toArray();
        long straight = count(text, '"') + count(text, '\'');
        long curly = count(text, '\u201C') + count(text, '\u201D') + count(text, '\u2018') + count(text, '\u2019');
        boolean toCurly = straight >= curly;
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            String replacement = toCurly ? curled(text, i) : straightened(text[i]);
            if (replacement != null) {
                edits.add(new Edit(i, i + 1, replacement));
            }
        }
        return edits.isEmpty() ? PerturbedDocument.unchanged(document, gold)
                : PerturbedDocument.of(document, gold, Edit.apply(document.text(), edits));
    }

    /** An opening mark follows the start of the text, white space or an opening bracket; else it closes. */
    private static String curled(int[] text, int i) {
        boolean opening = i == 0 || Character.isWhitespace(text[i - 1]) || "([{\u2014\u2013".indexOf(text[i - 1]) >= 0;
        return switch (text[i]) {
            case '"' -> opening ? "\u201C" : "\u201D";
            case '\'' -> opening ? "\u2018" : "\u2019";
            default -> null;
        };
    }

    private static String straightened(int c) {
        return switch (c) {
            case '\u201C', '\u201D' -> "\"";
            case '\u2018', '\u2019' -> "'";
            default -> null;
        };
    }

    private static long count(int[] text, int c) {
        long n = 0;
        for (int x : text) {
            if (x == c) {
                n++;
            }
        }
        return n;
    }
}
