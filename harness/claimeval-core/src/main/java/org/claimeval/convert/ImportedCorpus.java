package org.claimeval.convert;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/**
 * A corpus read from an annotation tool's files, ready to be written as a claimeval dataset.
 *
 * @param name          dataset name for the manifest
 * @param documents     the texts, sorted by id
 * @param annotates     what the files annotate
 * @param claimantsFile a claimants.json to copy into the dataset when claimants are registry ids; else null
 * @param annotators    each annotator's claims by document id; one entry when the corpus has one annotation set
 * @param goldAnnotator the annotator whose claims become the dataset's gold
 * @param report        what the import did that a user should know
 */
public record ImportedCorpus(String name, List<Document> documents, Annotates annotates, Path claimantsFile,
                             SortedMap<String, Map<String, List<Claim>>> annotators, String goldAnnotator,
                             ImportReport report) {

    public Map<String, List<Claim>> gold() {
        return annotators.get(goldAnnotator);
    }
}
