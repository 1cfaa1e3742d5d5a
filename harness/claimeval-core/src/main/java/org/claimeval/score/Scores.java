package org.claimeval.score;

import java.util.List;

/**
 * Everything a score run found.
 *
 * @param config        what was compared and how
 * @param micro         counts summed over all documents; P, R and F1 of the whole dataset
 * @param macro         mean over documents of per-document P, R and F1
 * @param documents     per document, sorted by document id
 * @param byType        split by claim type
 * @param byAttribution split by attribution kind
 * @param bySide        split by claimant side
 * @param attributes    attribute scores summed over all documents
 */
public record Scores(ScoreConfig config, Counts micro, Macro macro, List<DocumentScore> documents,
                     Breakdown byType, Breakdown byAttribution, Breakdown bySide, AttributeScores attributes) {
    public Scores {
        documents = List.copyOf(documents);
    }
}
