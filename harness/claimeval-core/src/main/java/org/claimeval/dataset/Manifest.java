package org.claimeval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimeval.model.Annotates;
import org.claimeval.model.Annotates.ClaimantKind;
import org.claimeval.model.JsonEnum;

/**
 * {@code manifest.json} ({@code claimeval/manifest/1}): the dataset's name, version and documents.
 *
 * @param json      the parsed file, for locating problems
 * @param documents the entries that could be read completely, in manifest order
 * @param annotates the {@code annotates} profile; {@link Annotates#EVERYTHING} when the manifest has none
 */
public record Manifest(LocatedJson json, String name, String version, List<Entry> documents, Annotates annotates) {
    public static final String SCHEMA = "claimeval/manifest/1";

    /**
     * One document.
     *
     * @param path   the entry's path in the file ({@code documents[2]})
     * @param seed   the seed file, relative to the dataset folder
     * @param length the text's length in code points
     */
    public record Entry(String path, String id, String seed, String sha256, int length, String title,
                        String language, String outlet, String date) {
    }

    /** Reads the manifest, reporting every structural problem; empty when the file is not usable. */
    public static Optional<Manifest> read(String file, byte[] bytes, ProblemCollector problems) {
        Optional<FieldReader> opened = FieldReader.openObject(file, bytes, problems, SCHEMA);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        FieldReader f = opened.get();
        LocatedJson json = f.json();
        JsonNode root = f.root();
        String name = f.string(root, "name", "", null, false);
        String version = f.string(root, "version", "", null, false);
        List<Entry> entries = new ArrayList<>();
        f.forEachObject(root, "documents", "an object", (path, d) -> {
            String id = f.string(d, "id", path, null, false);
            String seed = f.string(d, "seed", path, null, false);
            String sha = f.string(d, "sha256", path, null, false);
            Integer length = f.offset(d, "length", path, null);
            String title = f.string(d, "title", path, null, false);
            String language = f.string(d, "language", path, null, false);
            String outlet = f.string(d, "outlet", path, null, true);
            String date = f.string(d, "date", path, null, true);
            if (id != null && seed != null && sha != null && length != null && title != null && language != null) {
                entries.add(new Entry(path, id, seed, sha, length, title, language, outlet, date));
            }
        });
        Annotates annotates = root.has("annotates") ? annotates(f, root.get("annotates")) : Annotates.EVERYTHING;
        if (name == null || version == null || annotates == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(json, name, version, List.copyOf(entries), annotates));
    }

    /**
     * The profile: {@code claimant} ({@code registry}, {@code mention} or {@code none}), {@code type} (the label
     * set, or null), and the flags {@code attribution}, {@code quote}, {@code quantities}, {@code cue},
     * {@code clusters}. A key left out means "not annotated". Null (reported) when unusable.
     */
    private static Annotates annotates(FieldReader f, JsonNode node) {
        if (!node.isObject()) {
            f.problem(null, "annotates", "must be an object, found " + FieldReader.kind(node));
            return null;
        }
        boolean ok = true;
        ClaimantKind claimant = ClaimantKind.NONE;
        JsonNode c = node.get("claimant");
        if (c != null) {
            claimant = c.isTextual() ? JsonEnum.parse(ClaimantKind.class, c.textValue()).orElse(null) : null;
            if (claimant == null) {
                f.problem(null, "annotates.claimant", "must be one of " + JsonEnum.legalValues(ClaimantKind.class)
                        + ", found " + c);
                ok = false;
            }
        }
        List<String> types = List.of();
        JsonNode t = node.get("type");
        if (t != null && !t.isNull()) {
            List<String> labels = f.strings(node, "type", "annotates", null);
            if (labels == null || labels.isEmpty() || labels.stream().anyMatch(String::isBlank)
                    || labels.stream().distinct().count() != labels.size()) {
                f.problem(null, "annotates.type", "must be a non-empty list of distinct, non-blank labels");
                ok = false;
            } else {
                types = labels;
            }
        }
        boolean[] flags = new boolean[5];
        String[] names = {"attribution", "quote", "quantities", "cue", "clusters"};
        for (int i = 0; i < names.length; i++) {
            JsonNode v = node.get(names[i]);
            if (v != null && !v.isBoolean()) {
                f.problem(null, "annotates." + names[i], "must be true or false, found " + FieldReader.kind(v));
                ok = false;
            }
            flags[i] = v != null && v.booleanValue();
        }
        return ok ? new Annotates(claimant, types, flags[0], flags[1], flags[2], flags[3], flags[4]) : null;
    }
}
