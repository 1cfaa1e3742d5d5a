package org.claimeval.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Annotates;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;

/**
 * One annotator's claims in the gold format, as {@code claimeval agree} reads them.
 *
 * @param name      the folder as given, for reports
 * @param claims    claims by document id
 * @param registry  the annotator's claimant registry; null when no claimants.json came with the claims
 * @param dataset   the full dataset when the folder has a manifest (and so its own seeds), else null
 * @param goldFolder where the gold files were read, for naming them in problems
 */
public record AnnotationSet(String name, Map<String, List<Claim>> claims, ClaimantRegistry registry, Dataset dataset,
                            Path goldFolder) {

    /**
     * Reads a folder in any of three layouts: a dataset folder (manifest.json, claimants.json, gold/), loaded
     * and validated in full; a folder with gold/ and an optional claimants.json (as dataset/agreement/pass2);
     * or a folder of gold files, with an optional claimants.json in it or in its parent.
     */
    public static AnnotationSet load(Path dir) throws BadInputException {
        return load(dir, Annotates.EVERYTHING);
    }

    /**
     * {@link #load(Path)} for sets of a dataset with the given profile (a folder without a manifest cannot say
     * what it annotates: the dataset whose documents it annotates does).
     */
    public static AnnotationSet load(Path dir, Annotates annotates) throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(new Problem(dir.toString(), 0, null, null,
                    "is not a folder (expected a dataset folder or a folder of gold files)"));
        }
        if (Files.isRegularFile(dir.resolve("manifest.json"))) {
            Dataset dataset = DatasetLoader.load(dir);
            return new AnnotationSet(dir.toString(), dataset.gold(), dataset.claimants(), dataset, dir.resolve("gold"));
        }
        Path gold = Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
        Path claimants = dir.resolve("claimants.json");
        if (!Files.isRegularFile(claimants) && gold.equals(dir) && dir.toAbsolutePath().getParent() != null) {
            claimants = dir.toAbsolutePath().getParent().resolve("claimants.json");
        }
        ClaimantRegistry registry = Files.isRegularFile(claimants) ? ClaimantsFile.readRegistry(claimants) : null;
        return new AnnotationSet(dir.toString(), GoldReader.readFolder(gold, annotates), registry, null, gold);
    }

    /**
     * The annotators of a dataset written by {@code claimeval import} from a corpus with several annotators:
     * {@code annotators/<name>/gold/}, each one set named by its annotator; empty when it has none.
     */
    public static List<AnnotationSet> annotatorsOf(Path datasetDir, Dataset dataset) throws BadInputException {
        Path root = datasetDir.resolve("annotators");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> dirs;
        try (var list = Files.list(root)) {
            dirs = list.filter(p -> Files.isDirectory(p.resolve("gold"))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new BadInputException(new Problem(root.toString(), 0, null, null, "cannot be listed: " + e.getMessage()));
        }
        List<AnnotationSet> sets = new java.util.ArrayList<>();
        for (Path d : dirs) {
            Path gold = d.resolve("gold");
            sets.add(new AnnotationSet(d.getFileName().toString(), GoldReader.readFolder(gold, dataset.annotates()),
                    dataset.claimants(), null, gold));
        }
        return sets;
    }

    /**
     * The dataset a set's documents come from: the folder itself when it has a manifest, or the dataset an
     * {@code annotators/<name>} folder belongs to; null when neither.
     */
    public static Path datasetAround(Path dir) {
        if (Files.isRegularFile(dir.resolve("manifest.json"))) {
            return dir;
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("annotators")
                && parent.getParent() != null && Files.isRegularFile(parent.getParent().resolve("manifest.json"))) {
            return parent.getParent();
        }
        return null;
    }
}
