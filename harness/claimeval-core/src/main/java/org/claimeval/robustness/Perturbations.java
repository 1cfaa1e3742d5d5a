package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/** The perturbation families claimeval ships, and how a whole dataset is rewritten by one of them. */
public final class Perturbations {
    private static final List<Perturbation> ALL = List.of(
            new ClaimantNames(), new CueVerbs(), new QuotationMarks(), new ParagraphOrder(), new Figures(),
            LineInsertion.distractors(), LineInsertion.scriptLines(), new UnicodeForm());

    private Perturbations() {
    }

    /** Every family, in the order reports list them. */
    public static List<Perturbation> all() {
        return ALL;
    }

    public static Optional<Perturbation> named(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The dataset with every document rewritten by {@code family} and its gold moved along. Each document
     * draws from its own generator, seeded by {@code seed} and its id, so a document's rewrite does not depend
     * on which other documents the dataset holds.
     */
    public static PerturbedDataset apply(Dataset dataset, Perturbation family, long seed) {
        List<Document> documents = new ArrayList<>();
        Map<String, List<Claim>> gold = new HashMap<>();
        Map<String, Boolean> changed = new LinkedHashMap<>();
        for (Document d : dataset.documents()) {
            SplittableRandom random = new SplittableRandom(seed ^ (31L * d.id().hashCode() + family.name().hashCode()));
            PerturbedDocument p = family.apply(d, dataset.gold(d.id()), dataset.claimants(), random);
            documents.add(p.document());
            gold.put(d.id(), p.gold());
            changed.put(d.id(), p.changed());
        }
        Dataset rewritten = new Dataset(dataset.name(), dataset.version(), documents, dataset.claimants(), gold,
                dataset.goldHash(), dataset.annotates());
        return new PerturbedDataset(family.name(), rewritten, changed);
    }
}
