package org.claimeval.convert.brat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimeval.convert.ImportReport;
import org.claimeval.convert.ImportedRegistry;
import org.claimeval.convert.ImportedCorpus;
import org.claimeval.convert.LabelMapping;
import org.claimeval.convert.LabelMapping.Role;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.model.Annotates;
import org.claimeval.model.Annotates.ClaimantKind;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/**
 * Standoff annotations of a whole corpus, from brat files or from another tool's export put into the same
 * shape ({@link BratAnnotations}), turned into an {@link ImportedCorpus}: the profile decided from what the
 * corpus carries, then each annotator's claims, every problem of every file collected before giving up.
 */
public final class StandoffCorpus {
    /** One annotator's annotations of one document. */
    public record Key(String annotator, String doc) {
    }

    private final LabelMapping labels;
    private final Path claimantsFile;

    /** @param claimantsFile the registry the corpus's {@code Claimant} values name; null when it has none */
    public StandoffCorpus(LabelMapping labels, Path claimantsFile) {
        this.labels = labels;
        this.claimantsFile = claimantsFile;
    }

    /**
     * @param documents     the texts by id; every key's document must be there
     * @param conf          declarations of the corpus ({@link BratConf#NONE} when it has none)
     * @param goldAnnotator the annotator whose claims become the gold; null for
     *                      {@value BratImporter#DEFAULT_ANNOTATOR} when there is one, else the first by name
     * @param where         the corpus, for naming it in problems
     */
    public ImportedCorpus assemble(String name, Map<String, Document> documents, Map<Key, BratAnnotations> parsed,
                                   BratConf conf, String goldAnnotator, String where) throws BadInputException {
        ProblemCollector problems = new ProblemCollector();
        Annotates annotates = profile(conf, parsed.values());
        SortedMap<String, Map<String, List<Claim>>> annotators = new TreeMap<>();
        List<String> discontinuous = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<Key, BratAnnotations> e : parsed.entrySet()) {
            Key key = e.getKey();
            BratClaims claims = new BratClaims(e.getValue(), documents.get(key.doc()), labels, annotates, problems);
            annotators.computeIfAbsent(key.annotator(), a -> new TreeMap<>()).put(key.doc(), claims.claims());
            discontinuous.addAll(claims.discontinuous());
            notes.addAll(claims.notes());
        }
        if (annotators.isEmpty()) {
            problems.add(where, 0, null, null, "has no annotations");
        }
        problems.throwIfAny();
        String gold = goldAnnotator != null ? goldAnnotator
                : annotators.containsKey(BratImporter.DEFAULT_ANNOTATOR) ? BratImporter.DEFAULT_ANNOTATOR
                : annotators.firstKey();
        if (!annotators.containsKey(gold)) {
            problems.add(where, 0, null, "--gold-annotator", "no annotator \"" + gold + "\"; the corpus has "
                    + annotators.keySet());
            problems.throwIfAny();
        }
        SortedMap<String, Integer> counts = new TreeMap<>();
        annotators.forEach((a, byDoc) -> counts.put(a, byDoc.values().stream().mapToInt(List::size).sum()));
        ImportReport report = new ImportReport(documents.size(), counts, discontinuous, notes);
        List<Document> texts = List.copyOf(new TreeMap<>(documents).values());
        return new ImportedCorpus(name, texts, annotates, ImportedRegistry.fit(claimantsFile, texts), annotators, gold,
                report);
    }

    /**
     * What the corpus annotates: claimants by registry when a claimants.json is given, by mention when any
     * source is annotated; each attribute when the declarations name it or any file uses it. Type labels come
     * from the declarations (in their order), else from the values used, sorted.
     */
    private Annotates profile(BratConf conf, Iterable<BratAnnotations> files) {
        Set<String> attributes = new LinkedHashSet<>(conf.attributes().keySet());
        Set<String> typeValues = new TreeSet<>();
        boolean source = false;
        boolean cue = conf.entities().contains(labels.cue());
        boolean quantity = conf.entities().contains(labels.quantity());
        for (BratAnnotations ann : files) {
            for (BratAnnotations.TextBound t : ann.textBounds().values()) {
                Role role = labels.role(t.label());
                source |= role == Role.SOURCE;
                cue |= role == Role.CUE;
                quantity |= role == Role.QUANTITY;
            }
            for (BratAnnotations.Attribute a : ann.attributes()) {
                String key = a.name().toLowerCase(Locale.ROOT);
                attributes.add(key);
                if (key.equals(BratClaims.TYPE) && a.value() != null) {
                    typeValues.add(a.value());
                }
            }
        }
        List<String> declaredTypes = conf.attributes().get(BratClaims.TYPE);
        List<String> types = declaredTypes != null && !declaredTypes.isEmpty() ? declaredTypes : List.copyOf(typeValues);
        ClaimantKind claimant = claimantsFile != null ? ClaimantKind.REGISTRY
                : source || attributes.contains(BratClaims.CLAIMANT) ? ClaimantKind.MENTION : ClaimantKind.NONE;
        return new Annotates(claimant, types, attributes.contains(BratClaims.ATTRIBUTION),
                attributes.contains(BratClaims.QUOTE), quantity, cue, attributes.contains(BratClaims.CLUSTER));
    }
}
