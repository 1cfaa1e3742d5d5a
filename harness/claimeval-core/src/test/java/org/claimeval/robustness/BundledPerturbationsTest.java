package org.claimeval.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every family on the repository's dataset: the moved gold still points at its text, and that text is the
 * original's up to exactly what the family changes.
 */
class BundledPerturbationsTest {
    static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = DatasetLoader.load(Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset"));
    }

    @Test
    void insertionsAndReorderingLeaveEverySpanTextAsItWas() {
        for (String family : List.of("paragraph-order", "distractor-lines", "script-lines")) {
            assertTextsEqualUpTo(family, UnaryOperator.identity());
        }
    }

    @Test
    void quotationMarksChangeOnlyQuotationMarks() {
        assertTextsEqualUpTo("quotation-marks", s -> s.replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2018\u2019]", "'"));
    }

    @Test
    void figuresChangeOnlyDigits() {
        assertTextsEqualUpTo("figures", s -> s.replaceAll("[0-9]", "#"));
    }

    @Test
    void unicodeFormChangesOnlyTheNormalisationForm() {
        assertTextsEqualUpTo("unicode-form", s -> Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    @Test
    void everyFamilyChangesSomethingInTheBundledArticles() {
        for (Perturbation family : Perturbations.all()) {
            if (!family.name().equals("unicode-form")) {
                assertTrue(Perturbations.apply(dataset, family, 1).documentsChanged() > 0, family.name());
            }
        }
    }

    private static void assertTextsEqualUpTo(String family, UnaryOperator<String> canonical) {
        PerturbedDataset perturbed = Perturbations.apply(dataset, Perturbations.named(family).orElseThrow(), 1);
        for (Document original : dataset.documents()) {
            Document rewritten = perturbed.dataset().document(original.id()).orElseThrow();
            List<Claim> before = dataset.gold(original.id());
            List<Claim> after = perturbed.dataset().gold(original.id());
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                Claim b = before.get(i);
                Claim a = after.get(i);
                String where = family + " " + b.id();
                assertEquals(a.text(), rewritten.slice(a.start(), a.end()), where);
                assertEquals(canonical.apply(b.text()), canonical.apply(a.text()), where);
                if (b.claimantMention() != null) {
                    assertEquals(canonical.apply(b.claimantMention().text()), canonical.apply(a.claimantMention().text()),
                            where);
                }
                if (b.cue() != null) {
                    assertEquals(canonical.apply(b.cue().text()), canonical.apply(a.cue().text()), where);
                }
            }
        }
    }
}
