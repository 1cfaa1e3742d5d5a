package org.claimeval.convert;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/**
 * A corpus read from an annotation tool's files, ready to be written as a claimeval dataset.
 *
 * @param name          dataset name for the manifest
 * @param documents     the texts, sorted by id
 * @param annotates     what the files annotate
 * @param registry      the claimants.json for the dataset when claimants are registry ids ({@link ImportedRegistry#NONE} else)
 * @param annotators    each annotator's claims by document id; one entry when the corpus has one annotation set
 * @param goldAnnotator the annotator whose claims become the dataset's gold
 * @param report        what the import did that a user should know
 */
public record ImportedCorpus(String name, List<Document> documents, Annotates annotates, ImportedRegistry registry,
                             SortedMap<String, Map<String, List<Claim>>> annotators, String goldAnnotator,
                             ImportReport report) {

    /**
     * The dataset's gold, document by document: the gold annotator's annotation where they made one, else the
     * first other annotator's by name. Corpora such as PolNeAR have each document annotated by one of many
     * annotators; a document the gold annotator did not annotate is not a document with no claims.
     */
    public Map<String, List<Claim>> gold() {
        Map<String, List<Claim>> gold = new TreeMap<>();
        for (Document d : documents) {
            Map<String, List<Claim>> preferred = annotators.get(goldAnnotator);
            if (preferred != null && preferred.containsKey(d.id())) {
                gold.put(d.id(), preferred.get(d.id()));
            } else {
                annotators.values().stream().filter(byDoc -> byDoc.containsKey(d.id())).findFirst()
                        .ifPresent(byDoc -> gold.put(d.id(), byDoc.get(d.id())));
            }
        }
        return gold;
    }

    /** How many documents take their gold from another annotator than {@link #goldAnnotator} (see {@link #gold}). */
    public int goldFromOtherAnnotators() {
        Map<String, List<Claim>> preferred = annotators.getOrDefault(goldAnnotator, Map.of());
        return (int) documents.stream().filter(d -> !preferred.containsKey(d.id())).count();
    }

    /** The same corpus, with more decisions for its report. */
    public ImportedCorpus withNotes(List<String> more) {
        return new ImportedCorpus(name, documents, annotates, registry, annotators, goldAnnotator,
                report.withNotes(more));
    }

    /** The import report for the terminal. */
    public String describe(String datasetDir) {
        String described = report.render(datasetDir, goldAnnotator);
        int others = goldFromOtherAnnotators();
        if (others > 0) {
            described += "note: " + others + " document(s) not annotated by " + goldAnnotator
                    + " take their gold from the first other annotator (by name) who annotated them\n";
        }
        if (registry.moved() > 0) {
            described += "note: " + registry.moved() + " alias(es) of the registry that no imported text uses moved to "
                    + "\"variants\" (an alias is spelled as a text has it; variants still resolve predicted claimants)\n";
        }
        return described;
    }
}
