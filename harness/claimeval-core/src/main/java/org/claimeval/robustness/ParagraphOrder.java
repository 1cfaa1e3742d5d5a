package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * The paragraphs after the first (the headline stays on top) come in a shuffled order. Paragraphs joined by a
 * gold span move together; a last paragraph without a final line break stays last, so no two paragraphs run
 * into one line.
 */
final class ParagraphOrder implements Perturbation {

    @Override
    public String name() {
        return "paragraph-order";
    }

    @Override
    public String description() {
        return "the paragraphs after the headline are shuffled (paragraphs a gold span joins move together)";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        List<Integer> starts = new ArrayList<>(ParagraphBlocks.starts(document, gold));
        starts.add(document.length());
        List<int[]> movable = new ArrayList<>();
        for (int i = 1; i + 1 < starts.size(); i++) {
            movable.add(new int[] {starts.get(i), starts.get(i + 1)});
        }
        int[] last = null;
        if (!movable.isEmpty() && !document.slice(document.length() - 1, document.length()).equals("\n")) {
            last = movable.remove(movable.size() - 1);
        }
        if (movable.size() < 2) {
            return PerturbedDocument.unchanged(document, gold);
        }
        for (int i = movable.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] t = movable.get(i);
            movable.set(i, movable.get(j));
            movable.set(j, t);
        }
        TextRewrite rewrite = new TextRewrite(document.text()).copy(0, starts.get(1));
        movable.forEach(block -> rewrite.copy(block[0], block[1]));
        if (last != null) {
            rewrite.copy(last[0], last[1]);
        }
        return PerturbedDocument.of(document, gold, rewrite.finish());
    }
}
