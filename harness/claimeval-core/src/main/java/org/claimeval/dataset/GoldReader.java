package org.claimeval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.claimeval.io.InputFile;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Quantity;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Span;

/**
 * Reads gold files ({@code claimeval/gold/1}) into {@link Claim}s. It checks structure only (fields present,
 * of the right JSON type, legal enums, offsets that fit an int); whether spans match the document and ids
 * exist is the {@link Validator}'s job, since that needs the seeds and the registry.
 */
public final class GoldReader {
    public static final String SCHEMA = "claimeval/gold/1";

    private GoldReader() {
    }

    /**
     * Reads a folder of gold files ({@code <doc-id>.json}) without a manifest, as a second annotator hands
     * them in. Checks structure, that each file's {@code doc} equals its file name and that claim ids are
     * unique across the folder.
     *
     * @return claims by document id, in file order within a document, documents sorted
     * @throws BadInputException listing every problem in every file
     */
    public static Map<String, List<Claim>> readFolder(Path goldDir) throws BadInputException {
        return readFolder(goldDir, Annotates.EVERYTHING);
    }

    /** {@link #readFolder(Path)} for a dataset with the given profile. */
    public static Map<String, List<Claim>> readFolder(Path goldDir, Annotates annotates) throws BadInputException {
        ProblemCollector problems = new ProblemCollector();
        List<Path> files;
        try (Stream<Path> list = Files.list(goldDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(new org.claimeval.model.Problem(goldDir.toString(), 0, null, null,
                    "cannot list the gold folder: " + e.getMessage()));
        }
        Map<String, List<Claim>> byDoc = new TreeMap<>();
        Map<String, String> claimIdOwner = new HashMap<>();
        DatasetSource folder = DatasetSource.directory(goldDir);
        for (Path path : files) {
            String fileName = path.getFileName().toString();
            String expectedDoc = fileName.substring(0, fileName.length() - ".json".length());
            byte[] bytes;
            try {
                bytes = folder.read(fileName); // confined like a dataset's files: a link to /proc/self/environ is refused
            } catch (IOException e) {
                problems.add(path.toString(), 0, null, null, "cannot be read: " + e.getMessage());
                continue;
            }
            Optional<GoldFile> gold = read(path.toString(), bytes, problems, annotates);
            if (gold.isEmpty()) {
                continue;
            }
            checkDocMatchesFileName(gold.get(), expectedDoc, problems);
            checkUniqueIds(gold.get(), claimIdOwner, problems);
            byDoc.put(expectedDoc, gold.get().claims().stream().map(GoldFile.GoldClaim::claim).toList());
        }
        problems.throwIfAny();
        return byDoc;
    }

    /**
     * Reads one gold claim object, for instance a line of an annotation tool's export.
     *
     * @param claimNode the claim's JSON object, in the gold format
     * @param doc       the document it belongs to
     * @throws BadInputException naming each unusable field
     */
    public static Claim readClaim(JsonNode claimNode, String doc) throws BadInputException {
        ProblemCollector problems = new ProblemCollector();
        LocatedJson json = new LocatedJson("<claim>", claimNode, Map.of());
        Claim claim = readClaim(new FieldReader(json, problems), claimNode, "", doc, Annotates.EVERYTHING);
        problems.throwIfAny();
        return claim;
    }

    /** Reads a gold file's bytes, reporting every structural problem; empty when the file is not usable JSON. */
    public static Optional<GoldFile> read(String file, byte[] bytes, ProblemCollector problems) {
        return read(file, bytes, problems, Annotates.EVERYTHING);
    }

    /**
     * Reads a gold file of a dataset with the given profile: the fields of attributes it does not annotate are
     * not required, and ignored when present.
     */
    public static Optional<GoldFile> read(String file, byte[] bytes, ProblemCollector problems, Annotates annotates) {
        Optional<FieldReader> opened = FieldReader.openObject(file, bytes, problems, SCHEMA);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        FieldReader fields = opened.get();
        LocatedJson json = fields.json();
        JsonNode root = fields.root();
        String doc = fields.string(root, "doc", "", null, false);
        String sha = fields.string(root, "sha256", "", null, false);
        List<GoldFile.GoldClaim> claims = new ArrayList<>();
        fields.forEachObject(root, "claims", "a claim object", (path, node) -> {
            Claim claim = readClaim(fields, node, path, doc == null ? "" : doc, annotates);
            List<GoldFile.RuleException> exceptions = exceptions(fields, node, path, claim == null ? null : claim.id());
            if (claim != null) {
                claims.add(new GoldFile.GoldClaim(path, claim, exceptions));
            }
        });
        return Optional.of(new GoldFile(json, doc, sha, List.copyOf(claims)));
    }

    static void checkDocMatchesFileName(GoldFile gold, String expectedDoc, ProblemCollector problems) {
        if (gold.doc() != null && !gold.doc().equals(expectedDoc)) {
            problems.add(gold.json().file(), gold.json().line("doc"), null, "doc",
                    "is \"" + gold.doc() + "\" but the file is named for \"" + expectedDoc + "\"");
        }
    }

    /** Claim ids are unique across the whole dataset, so a score report can name a claim without its file. */
    static void checkUniqueIds(GoldFile gold, Map<String, String> ownerById, ProblemCollector problems) {
        for (GoldFile.GoldClaim gc : gold.claims()) {
            String id = gc.claim().id();
            String where = gold.json().file() + " " + gc.path();
            String first = ownerById.putIfAbsent(id, where);
            if (first != null) {
                String field = FieldPath.field(gc.path(), "id");
                problems.add(gold.json().file(), gold.json().line(field), id, field,
                        "duplicate claim id, first used at " + first);
            }
        }
    }

    /** Null (with problems reported) unless every field the profile asks for is usable. */
    private static Claim readClaim(FieldReader f, JsonNode node, String path, String doc, Annotates annotates) {
        if (!node.isObject()) {
            f.problem(null, path, "must be a claim object, found " + FieldReader.kind(node));
            return null;
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
        String readId = f.string(node, "id", path, id, false);
        Integer start = f.offset(node, "start", path, id);
        Integer end = f.offset(node, "end", path, id);
        String text = f.string(node, "text", path, id, false);
        boolean ok = readId != null && start != null && end != null && text != null;

        boolean registry = annotates.registry();
        boolean mentionOnly = annotates.claimant() == Annotates.ClaimantKind.MENTION;
        String claimant = null;
        Span mention = null;
        List<String> via = List.of();
        if (registry) {
            claimant = f.string(node, "claimant", path, id, false);
            mention = optionalSpan(f, node, "claimantMention", path, id);
            via = f.strings(node, "via", path, id);
            ok &= claimant != null && via != null && usableOptional(node, "claimantMention", mention);
        } else if (mentionOnly) {
            // No registry: the claimant is the source mention; a claimant string, when given, is its name.
            mention = node.has("claimantMention") ? optionalSpan(f, node, "claimantMention", path, id) : null;
            claimant = node.has("claimant") ? f.string(node, "claimant", path, id, true) : null;
            ok &= !node.has("claimantMention") || usableOptional(node, "claimantMention", mention);
            ok &= !node.has("claimant") || node.get("claimant").isNull() || claimant != null;
            if (claimant == null && mention != null) {
                claimant = mention.text();
            }
        }
        Span cue = null;
        if (annotates.cue()) {
            cue = optionalSpan(f, node, "cue", path, id);
            ok &= usableOptional(node, "cue", cue);
        }
        Attribution attribution = null;
        if (annotates.attribution()) {
            attribution = f.enumValue(Attribution.class, node, "attribution", path, id);
            ok &= attribution != null;
        }
        if (mentionOnly && claimant == null && attribution == Attribution.AUTHOR) {
            claimant = org.claimeval.model.Claimant.AUTHOR_ID;
        }
        QuoteKind quote = null;
        if (annotates.quote()) {
            quote = f.enumValue(QuoteKind.class, node, "quote", path, id);
            ok &= quote != null;
        }
        ClaimType type = null;
        if (annotates.type()) {
            type = typeLabel(f, node, path, id, annotates.types());
            ok &= type != null;
        }
        List<Quantity> quantities = List.of();
        if (annotates.quantities()) {
            quantities = quantities(f, node, path, id);
            ok &= quantities != null;
        }
        String cluster = null;
        if (annotates.clusters()) {
            cluster = f.string(node, "cluster", path, id, true);
            ok &= node.has("cluster") && (node.get("cluster").isNull() || cluster != null);
        }
        if (!ok) {
            return null;
        }
        return new Claim(id, doc, start, end, text, claimant, mention, cue, via, attribution, quote, type, quantities,
                cluster, null);
    }

    /**
     * The optional {@code exceptions} array: each entry an object with a {@code rule} name and a non-empty
     * {@code reason}. Unusable entries are reported and left out; whether a rule name exists is the
     * {@link GuidelineCheck}'s to say.
     */
    private static List<GoldFile.RuleException> exceptions(FieldReader f, JsonNode node, String path, String id) {
        JsonNode array = node.get("exceptions");
        if (array == null) {
            return List.of();
        }
        String arrayPath = FieldPath.field(path, "exceptions");
        if (!array.isArray()) {
            f.problem(id, arrayPath, "must be an array of {\"rule\", \"reason\"} objects, found " + FieldReader.kind(array));
            return List.of();
        }
        List<GoldFile.RuleException> exceptions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String itemPath = FieldPath.index(arrayPath, i);
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                f.problem(id, itemPath, "must be a {\"rule\", \"reason\"} object, found " + FieldReader.kind(item));
                continue;
            }
            String rule = f.string(item, "rule", itemPath, id, false);
            String reason = f.string(item, "reason", itemPath, id, false);
            if (reason != null && reason.isBlank()) {
                f.problem(id, FieldPath.field(itemPath, "reason"), "is empty: say why the claim breaks the rule");
            } else if (rule != null && reason != null) {
                exceptions.add(new GoldFile.RuleException(rule, reason, itemPath));
            }
        }
        return exceptions;
    }

    /** A label of the dataset's own set. */
    private static ClaimType typeLabel(FieldReader f, JsonNode node, String path, String id, List<String> labels) {
        String value = f.string(node, "type", path, id, false);
        if (value == null) {
            return null;
        }
        if (!labels.contains(value)) {
            f.problem(id, FieldPath.field(path, "type"), "\"" + value + "\" is not one of "
                    + labels.stream().map(l -> "\"" + l + "\"").collect(java.util.stream.Collectors.joining(", ")));
            return null;
        }
        return ClaimType.of(value);
    }

    private static boolean usableOptional(JsonNode node, String name, Span span) {
        JsonNode value = node.get(name);
        return value != null && (value.isNull() || span != null);
    }

    private static Span optionalSpan(FieldReader f, JsonNode node, String name, String path, String id) {
        JsonNode value = f.required(node, name, path, id);
        return value == null || value.isNull() ? null : f.span(value, FieldPath.field(path, name), id);
    }

    private static List<Quantity> quantities(FieldReader f, JsonNode node, String path, String id) {
        JsonNode array = f.required(node, "quantities", path, id);
        if (array == null) {
            return null;
        }
        String qPath = FieldPath.field(path, "quantities");
        if (!array.isArray()) {
            f.problem(id, qPath, "must be an array, found " + FieldReader.kind(array));
            return null;
        }
        List<Quantity> quantities = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            String itemPath = FieldPath.index(qPath, i);
            JsonNode item = array.get(i);
            Span span = f.span(item, itemPath, id);
            if (!item.isObject()) {
                ok = false;
                continue;
            }
            Double value = f.number(item, "value", itemPath, id);
            String unit = f.string(item, "unit", itemPath, id, false);
            Bound bound = f.enumValue(Bound.class, item, "bound", itemPath, id);
            if (span == null || value == null || unit == null || bound == null) {
                ok = false;
            } else {
                quantities.add(new Quantity(span, value, unit, bound));
            }
        }
        return ok ? quantities : null;
    }
}
