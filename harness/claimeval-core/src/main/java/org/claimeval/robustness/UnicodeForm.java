package org.claimeval.robustness;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * The text changes Unicode normalisation form: an NFC text is decomposed (NFD: "é" becomes "e" and a
 * combining accent, one code point more), any other text is composed (NFC). Each base character and its
 * combining marks are rewritten as one piece, so a span edge never falls between a letter and its accent.
 */
final class UnicodeForm implements Perturbation {

    @Override
    public String name() {
        return "unicode-form";
    }

    @Override
    public String description() {
        return "NFC text is decomposed to NFD (accented letters become a letter and a combining mark), else composed";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        String text = document.text();
        Normalizer.Form target = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? Normalizer.Form.NFD : Normalizer.Form.NFC;
        int[] cps = text.codePoints().toArray();
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int end = i + 1;
            while (end < cps.length && isCombining(cps[end])) {
                end++;
            }
            String cluster = new String(cps, i, end - i);
            String normalised = Normalizer.normalize(cluster, target);
            if (!normalised.equals(cluster)) {
                edits.add(new Edit(i, end, normalised));
            }
            i = end;
        }
        return edits.isEmpty() ? PerturbedDocument.unchanged(document, gold)
                : PerturbedDocument.of(document, gold, Edit.apply(text, edits));
    }

    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
