package org.claimeval.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What an import did: documents and claims per annotator, and everything it had to decide, so nothing is
 * changed silently.
 *
 * @param documents      documents read
 * @param claims         claims per annotator
 * @param discontinuous  discontinuous annotations, each turned into the span that covers its fragments
 *                       ({@code file:line: T3 Content 0 10;15 20 -> [0,20)})
 * @param notes          other decisions: a source or cue linked to nothing, a content with two sources
 */
public record ImportReport(int documents, SortedMap<String, Integer> claims, List<String> discontinuous,
                           List<String> notes) {

    public ImportReport {
        discontinuous = List.copyOf(discontinuous);
        notes = List.copyOf(notes);
    }

    /** The same report with more notes after its own. */
    public ImportReport withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new ImportReport(documents, claims, discontinuous, all);
    }

    /** Plain text for the terminal. */
    public String render(String datasetDir, String goldAnnotator) {
        StringBuilder out = new StringBuilder();
        out.append("imported ").append(documents).append(" documents into ").append(datasetDir).append('\n');
        for (Map.Entry<String, Integer> e : claims.entrySet()) {
            out.append("  annotator ").append(e.getKey()).append(": ").append(e.getValue()).append(" claims")
                    .append(e.getKey().equals(goldAnnotator) ? " (the dataset's gold)" : "").append('\n');
        }
        out.append("discontinuous annotations turned into their covering span: ").append(discontinuous.size()).append('\n');
        discontinuous.forEach(d -> out.append("  ").append(d).append('\n'));
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }
}
