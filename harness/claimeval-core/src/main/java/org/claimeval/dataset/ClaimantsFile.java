package org.claimeval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimeval.io.InputFile;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Side;

/**
 * {@code claimants.json} ({@code claimeval/claimants/1}): the registry of sources.
 *
 * @param json      the parsed file, for locating problems
 * @param claimants the entries that could be read completely, in file order
 * @param listedIds every id listed, including entries with other faults, so that a claim naming an entry with
 *                  a bad field is not also reported as naming an unknown claimant
 */
public record ClaimantsFile(LocatedJson json, List<Claimant> claimants, java.util.Set<String> listedIds) {
    public static final String SCHEMA = "claimeval/claimants/1";

    public ClaimantRegistry registry() {
        return new ClaimantRegistry(claimants);
    }

    /** Reads a claimant registry file (e.g. a second annotator's) into a registry. */
    public static ClaimantRegistry readRegistry(java.nio.file.Path file) throws org.claimeval.model.BadInputException {
        ProblemCollector problems = new ProblemCollector();
        byte[] bytes;
        try {
            bytes = InputFile.readAll(file);
        } catch (java.io.IOException e) {
            problems.add(file.toString(), 0, null, null, "cannot be read: " + e.getMessage());
            throw new org.claimeval.model.BadInputException(problems.sorted());
        }
        Optional<ClaimantsFile> read = read(file.toString(), bytes, problems);
        problems.throwIfAny();
        return read.orElseThrow().registry();
    }

    /** Reads the registry, reporting structural problems, duplicate ids and a listed {@code author}. */
    public static Optional<ClaimantsFile> read(String file, byte[] bytes, ProblemCollector problems) {
        Optional<FieldReader> opened = FieldReader.openObject(file, bytes, problems, SCHEMA);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        FieldReader f = opened.get();
        LocatedJson json = f.json();
        JsonNode root = f.root();
        List<Claimant> claimants = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        java.util.Set<String> listedIds = new java.util.TreeSet<>();
        f.forEachObject(root, "claimants", "an object", (path, c) -> {
            String id = f.string(c, "id", path, null, false);
            String name = f.string(c, "name", path, null, false);
            List<String> aliases = f.strings(c, "aliases", path, null);
            String kind = f.string(c, "kind", path, null, false);
            Side side = f.enumValue(Side.class, c, "side", path, null);
            String idPath = FieldPath.field(path, "id");
            if (Claimant.AUTHOR_ID.equals(id)) {
                f.problem(null, idPath, "\"author\" is reserved for the article's own voice and is not listed");
                return;
            }
            if (id != null) {
                listedIds.add(id);
                String first = firstPath.putIfAbsent(id, path);
                if (first != null) {
                    f.problem(null, idPath, "duplicate claimant id \"" + id + "\", first at " + first);
                    return;
                }
            }
            if (id != null && name != null && aliases != null && kind != null && side != null) {
                claimants.add(new Claimant(id, name, aliases, kind, side));
            }
        });
        return Optional.of(new ClaimantsFile(json, List.copyOf(claimants), java.util.Set.copyOf(listedIds)));
    }
}
