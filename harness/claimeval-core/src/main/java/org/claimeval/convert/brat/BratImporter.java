package org.claimeval.convert.brat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
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
 * Reads a brat standoff corpus: {@code <doc>.txt} + {@code <doc>.ann} pairs anywhere in a folder (side by side,
 * or in folders of their own such as {@code text/} and {@code attributions/}). Several annotators of one text come
 * as file-name suffixes ({@code <doc>.alice.ann}, or {@code <doc>_alice.ann} as PolNeAR publishes them) or as one
 * sub-folder each ({@code alice/<doc>.ann}); each becomes one annotation set. An {@code annotation.conf} in the folder, when present, declares the type labels (the values of
 * the {@code Type} attribute) and the attributes the corpus annotates.
 *
 * <p>How claims are read from the annotations is {@link BratClaims}'s job; this class finds the files, reads
 * them, decides the dataset's profile from what the whole corpus carries, and collects every problem of every
 * file before giving up, so one run lists them all.
 */
public final class BratImporter {
    /** The annotator of the unsuffixed {@code <doc>.ann} files. */
    public static final String DEFAULT_ANNOTATOR = "default";

    /** How deep texts and annotations are looked for: {@code corpus/split/text/doc.txt} is three levels. */
    static final int MAX_DEPTH = 3;

    /** What an annotator suffix may be: {@code alice}, {@code 4b22}. */
    private static final Pattern ANNOTATOR = Pattern.compile("[A-Za-z0-9-]+");

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
        List<String> notes = new ArrayList<>();
        List<AnnFile> annFiles = discover(folder, dir, documents, notes, problems);
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
                BratConf.read(folder, dir.resolve("annotation.conf")), goldAnnotator, dir.toString())
                .withNotes(notes);
    }

    /**
     * The texts and annotation files anywhere in the folder, up to {@value #MAX_DEPTH} levels down, sorted by
     * path. A text is a document only when some {@code .ann} annotates it (brat writes an empty {@code .ann} for a
     * text annotated with nothing; a text without one was not annotated). Problems for an {@code .ann} without a
     * text and for two different texts of one document id.
     */
    private static List<AnnFile> discover(ConfinedFiles folder, Path dir, Map<String, Document> documents,
            List<String> notes, ProblemCollector problems) {
        List<Path> files = walk(dir, problems);
        Map<String, List<Path>> texts = new TreeMap<>(); // every file of a document's text, in path order
        for (Path p : files) {
            String file = p.getFileName().toString();
            if (file.endsWith(".txt")) {
                texts.computeIfAbsent(stem(file, ".txt"), k -> new ArrayList<>()).add(p);
            }
        }
        Map<List<String>, AnnFile> byAnnotatorAndDoc = new LinkedHashMap<>();
        for (Path p : files) {
            String file = p.getFileName().toString();
            if (!file.endsWith(".ann")) {
                continue;
            }
            Optional<AnnFile> ann = annotatorAndDocument(dir, p, texts.keySet());
            if (ann.isEmpty()) {
                problems.add(p.toString(), 0, null, null, "has no text: expected " + stem(file, ".ann")
                        + ".txt (or, for an annotator's file <doc>.NAME.ann or <doc>_NAME.ann, <doc>.txt) in " + dir);
                continue;
            }
            AnnFile twice = byAnnotatorAndDoc.putIfAbsent(List.of(ann.get().annotator(), ann.get().doc()), ann.get());
            if (twice != null) {
                problems.add(p.toString(), 0, null, null, "is a second annotation of " + ann.get().doc() + " by "
                        + ann.get().annotator() + " (the first is " + twice.path() + "): keep one");
            }
        }
        List<AnnFile> out = List.copyOf(byAnnotatorAndDoc.values());
        for (AnnFile ann : out) {
            if (!documents.containsKey(ann.doc())) {
                readText(folder, ann.doc(), texts.get(ann.doc()), documents, problems);
            }
        }
        int unannotated = (int) texts.keySet().stream().filter(doc -> !documents.containsKey(doc)).count();
        if (unannotated > 0) {
            notes.add(unannotated + " .txt file(s) without an .ann left out (not annotated)");
        }
        return out;
    }

    /**
     * Whose annotation of which document an {@code .ann} file is. {@code <doc>.ann} is
     * {@value #DEFAULT_ANNOTATOR}'s in the corpus folder and the folder's annotator in a sub-folder
     * ({@code alice/<doc>.ann}). {@code <doc>.NAME.ann} and {@code <doc>_NAME.ann} are
     * NAME's, the layouts of brat's own multi-annotator folders and of PolNeAR; the exact document id is tried
     * first, so ids with dots and underscores keep working.
     */
    private static Optional<AnnFile> annotatorAndDocument(Path dir, Path ann, Set<String> texts) {
        String stem = stem(ann.getFileName().toString(), ".ann");
        Path parent = ann.getParent();
        String folderAnnotator = parent.equals(dir) ? DEFAULT_ANNOTATOR : parent.getFileName().toString();
        if (texts.contains(stem)) {
            return Optional.of(new AnnFile(folderAnnotator, stem, ann));
        }
        for (int i = stem.length() - 1; i > 0; i--) {
            char c = stem.charAt(i);
            String suffix = stem.substring(i + 1);
            if ((c == '.' || c == '_') && ANNOTATOR.matcher(suffix).matches() && texts.contains(stem.substring(0, i))) {
                return Optional.of(new AnnFile(suffix, stem.substring(0, i), ann));
            }
        }
        return Optional.empty();
    }

    /** Reads the document's text from its files ({@code <doc>.txt}); every one must hold the same text. */
    private static void readText(ConfinedFiles folder, String doc, List<Path> files, Map<String, Document> documents,
            ProblemCollector problems) {
        Path first = null;
        for (Path p : files) {
            Optional<Document> text = CorpusTexts.read(folder, p, doc, problems);
            if (text.isEmpty()) {
                return;
            }
            Document shared = documents.putIfAbsent(doc, text.get());
            if (shared == null) {
                first = p;
            } else if (!shared.text().equals(text.get().text())) {
                problems.add(p.toString(), 0, null, null, "differs from " + first
                        + ": annotators of one document must annotate the same text");
                return;
            }
        }
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

    /** Regular files (links followed, then confined when read) up to {@value #MAX_DEPTH} levels down, by path. */
    private static List<Path> walk(Path dir, ProblemCollector problems) {
        try (Stream<Path> s = Files.walk(dir, MAX_DEPTH)) {
            return s.filter(p -> !p.equals(dir) && !hidden(dir, p) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(dir.toString(), 0, null, null, "cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    /** Under a folder or file whose name starts with a dot ({@code .git}, an editor's backup). */
    private static boolean hidden(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String file, String suffix) {
        return file.substring(0, file.length() - suffix.length());
    }
}
