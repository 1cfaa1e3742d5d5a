package org.claimeval.convert.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimeval.convert.CorpusTexts;
import org.claimeval.convert.ImportedCorpus;
import org.claimeval.convert.LabelMapping;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.io.ConfinedFiles;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * Reads a brat standoff corpus: {@code <doc>.txt} + {@code <doc>.ann} pairs in a folder. Several annotators of
 * one text come either as file-name suffixes ({@code <doc>.alice.ann} beside {@code <doc>.txt}) or as one
 * sub-folder each ({@code alice/<doc>.ann}, the text beside it or in the corpus folder); each becomes one
 * annotation set. An {@code annotation.conf} in the folder, when present, declares the type labels (the values of
 * the {@code Type} attribute) and the attributes the corpus annotates.
 *
 * <p>How claims are read from the annotations is {@link BratClaims}'s job; this class finds the files, reads
 * them, decides the dataset's profile from what the whole corpus carries, and collects every problem of every
 * file before giving up, so one run lists them all.
 */
public final class BratImporter {
    /** The annotator of the unsuffixed {@code <doc>.ann} files. */
    public static final String DEFAULT_ANNOTATOR = "default";

    private final LabelMapping labels;
    private final Path claimantsFile;

    /**
     * @param claimantsFile a claimants.json whose ids the corpus's {@code Claimant} attributes use; null when the
     *                      corpus has no registry (claimants are then the normalised source mentions)
     */
    public BratImporter(LabelMapping labels, Path claimantsFile) {
        this.labels = labels;
        this.claimantsFile = claimantsFile;
    }

    /** One annotator's file for one document. */
    record AnnFile(String annotator, String doc, Path path) {
    }

    /**
     * @param goldAnnotator the annotator whose claims become the gold; null for {@value #DEFAULT_ANNOTATOR} when
     *                      there is one, else the first by name
     */
    public ImportedCorpus read(Path dir, String name, String goldAnnotator) throws BadInputException {
        ProblemCollector problems = new ProblemCollector();
        if (!Files.isDirectory(dir)) {
            problems.add(dir.toString(), 0, null, null, "is not a folder of brat .txt and .ann files");
            problems.throwIfAny();
        }
        ConfinedFiles folder = confine(dir);
        Map<String, Document> documents = new TreeMap<>();
        List<AnnFile> annFiles = discover(folder, dir, documents, problems);
        if (annFiles.isEmpty() && problems.isEmpty()) {
            problems.add(dir.toString(), 0, null, null, "has no .ann files (expected <doc>.txt with <doc>.ann)");
        }
        Map<AnnFile, BratAnnotations> parsed = new LinkedHashMap<>();
        for (AnnFile f : annFiles) {
            Document document = documents.get(f.doc());
            String content;
            try {
                content = new String(folder.read(f.path()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(f.path().toString(), 0, null, null, "cannot be read: " + e.getMessage());
                continue;
            }
            List<org.claimeval.model.Problem> found = new ArrayList<>();
            BratAnnotations ann = BratAnnotations.parse(f.path().toString(), content, found);
            found.forEach(problems::add);
            if (document != null) {
                ann.checkSpans(document, problems);
            }
            parsed.put(f, ann);
        }
        problems.throwIfAny();

        Map<StandoffCorpus.Key, BratAnnotations> byKey = new LinkedHashMap<>();
        parsed.forEach((f, ann) -> byKey.put(new StandoffCorpus.Key(f.annotator(), f.doc()), ann));
        return new StandoffCorpus(labels, claimantsFile).assemble(name, documents, byKey,
                BratConf.read(folder, dir.resolve("annotation.conf")), goldAnnotator, dir.toString());
    }

    /** The .txt and .ann files, in the three layouts; problems for an .ann without a text. */
    private static List<AnnFile> discover(ConfinedFiles folder, Path dir, Map<String, Document> documents,
            ProblemCollector problems)
            throws BadInputException {
        List<Path> top = list(dir, problems);
        for (Path p : top) {
            String file = p.getFileName().toString();
            if (file.endsWith(".txt") && Files.isRegularFile(p)) {
                String doc = stem(file, ".txt");
                CorpusTexts.read(folder, p, doc, problems).ifPresent(d -> documents.put(doc, d));
            }
        }
        List<AnnFile> out = new ArrayList<>();
        for (Path p : top) {
            String file = p.getFileName().toString();
            if (file.endsWith(".ann") && Files.isRegularFile(p)) {
                String stem = stem(file, ".ann");
                int dot = stem.lastIndexOf('.');
                if (Files.isRegularFile(dir.resolve(stem + ".txt"))) {
                    out.add(new AnnFile(DEFAULT_ANNOTATOR, stem, p));
                } else if (dot > 0 && Files.isRegularFile(dir.resolve(stem.substring(0, dot) + ".txt"))) {
                    out.add(new AnnFile(stem.substring(dot + 1), stem.substring(0, dot), p));
                } else {
                    problems.add(p.toString(), 0, null, null, "has no text: expected " + stem + ".txt beside it");
                }
            }
        }
        for (Path sub : top) {
            if (!Files.isDirectory(sub)) {
                continue;
            }
            String annotator = sub.getFileName().toString();
            for (Path p : list(sub, problems)) {
                String file = p.getFileName().toString();
                if (!file.endsWith(".ann") || !Files.isRegularFile(p)) {
                    continue;
                }
                String doc = stem(file, ".ann");
                Path ownText = sub.resolve(doc + ".txt");
                if (Files.isRegularFile(ownText)) {
                    Optional<Document> text = CorpusTexts.read(folder, ownText, doc, problems);
                    Document shared = documents.get(doc);
                    if (text.isPresent() && shared != null && !shared.text().equals(text.get().text())) {
                        problems.add(ownText.toString(), 0, null, null, "differs from " + dir.resolve(doc + ".txt")
                                + ": annotators of one document must annotate the same text");
                        continue;
                    }
                    text.ifPresent(d -> documents.putIfAbsent(doc, d));
                } else if (!documents.containsKey(doc)) {
                    problems.add(p.toString(), 0, null, null, "has no text: expected " + doc + ".txt beside it or in "
                            + dir);
                    continue;
                }
                out.add(new AnnFile(annotator, doc, p));
            }
        }
        return out;
    }

    /**
     * Every file is read from inside the folder: a corpus from a pull request may hold a link named
     * {@code a.txt} that leads to a user's key, whose text would otherwise be imported into the dataset.
     */
    private static ConfinedFiles confine(Path dir) throws BadInputException {
        try {
            return ConfinedFiles.of("the brat folder", dir);
        } catch (IOException e) {
            throw new BadInputException(new Problem(dir.toString(), 0, null, null, "cannot be read: " + e.getMessage()));
        }
    }

    private static List<Path> list(Path dir, ProblemCollector problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.add(dir.toString(), 0, null, null, "cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    private static String stem(String file, String suffix) {
        return file.substring(0, file.length() - suffix.length());
    }
}
