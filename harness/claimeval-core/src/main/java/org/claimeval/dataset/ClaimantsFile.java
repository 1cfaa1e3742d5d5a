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
 * @param paths     the field path of each listed id's (first) entry
 * @param textAliases per complete entry, its {@code aliases}: the spellings the texts use, each of which must
 *                  occur in a document; the entries' {@link Claimant#aliases()} add the {@code variants}, other
 *                  names a prediction may use (an abbreviation, another spelling) that no text needs to contain
 */
public record ClaimantsFile(LocatedJson json, List<Claimant> claimants, java.util.Set<String> listedIds,
                            Map<String, String> paths, Map<String, List<String>> textAliases) {
    public static final String SCHEMA = "claimeval/claimants/1";

    /** The field path of a listed entry ({@code claimants[3]}), for locating problems in its fields. */
    public String pathOf(String id) {
        return paths.get(id);
    }

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
        Map<String, List<String>> textAliases = new HashMap<>();
        f.forEachObject(root, "claimants", "an object", (path, c) -> {
            String id = f.string(c, "id", path, null, false);
            String name = f.string(c, "name", path, null, false);
            List<String> aliases = f.strings(c, "aliases", path, null);
            List<String> variants = c.has("variants") ? f.strings(c, "variants", path, null) : List.of();
            // "roles" is optional: generic descriptions that resolve in context ("the governor").
            List<String> roles = c.has("roles") ? f.strings(c, "roles", path, null) : List.of();
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
            if (id != null && name != null && aliases != null && variants != null && kind != null && side != null
                    && roles != null) {
                List<String> names = new ArrayList<>(aliases);
                names.addAll(variants);
                claimants.add(new Claimant(id, name, names, kind, side, roles));
                textAliases.put(id, List.copyOf(aliases));
            }
        });
        return Optional.of(new ClaimantsFile(json, List.copyOf(claimants), java.util.Set.copyOf(listedIds),
                Map.copyOf(firstPath), Map.copyOf(textAliases)));
    }
}
