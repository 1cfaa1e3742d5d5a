package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * A line that is no claim is inserted as its own paragraph: either a distractor (a photo credit, a timestamp,
 * a "listen to this article" line, which the guidelines say are never claims) before every second block, or
 * an emoji and a line in Cyrillic and Japanese script before every block that holds a claim. Nothing in the
 * gold changes but its offsets.
 */
final class LineInsertion implements Perturbation {
    private static final List<String> DISTRACTORS = List.of(
            "Photo: file image, staff photographer", "Updated 09:42 GMT", "Listen to this article");
    private static final List<String> SCRIPT_LINES = List.of(
            "\uD83D\uDD34 \u0422\u0435\u0440\u043C\u0456\u043D\u043E\u0432\u043E", "\uD83D\uDCE2 \u901F\u5831",
            "\u26A1\uFE0F \u0421\u0440\u043E\u0447\u043D\u043E");

    private final String name;
    private final boolean beforeClaims;

    private LineInsertion(String name, boolean beforeClaims) {
        this.name = name;
        this.beforeClaims = beforeClaims;
    }

    static LineInsertion distractors() {
        return new LineInsertion("distractor-lines", false);
    }

    static LineInsertion scriptLines() {
        return new LineInsertion("script-lines", true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return beforeClaims
                ? "a line with an emoji and non-Latin script is inserted before every paragraph that holds a claim"
                : "a line that is no claim (a credit, a timestamp) is inserted before every second paragraph";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        List<Integer> starts = ParagraphBlocks.starts(document, gold);
        Set<Integer> claimBlocks = new HashSet<>();
        for (Claim c : gold) {
            claimBlocks.add(blockOf(starts, c.start()));
        }
        List<String> pool = beforeClaims ? SCRIPT_LINES : DISTRACTORS;
        List<Edit> edits = new ArrayList<>();
        // A headline claim gets its line too; a distractor never goes above the headline.
        for (int i = beforeClaims ? 0 : 1; i < starts.size(); i++) {
            boolean here = beforeClaims ? claimBlocks.contains(i) : i % 2 == 1;
            if (here) {
                edits.add(Edit.insert(starts.get(i), pool.get(random.nextInt(pool.size())) + "\n"));
            }
        }
        return edits.isEmpty() ? PerturbedDocument.unchanged(document, gold)
                : PerturbedDocument.of(document, gold, Edit.apply(document.text(), edits));
    }

    private static int blockOf(List<Integer> starts, int offset) {
        int block = 0;
        for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
            block = i;
        }
        return block;
    }
}
