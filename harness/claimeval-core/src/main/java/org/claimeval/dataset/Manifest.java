package org.claimeval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code manifest.json} ({@code claimeval/manifest/1}): the dataset's name, version and documents.
 *
 * @param json      the parsed file, for locating problems
 * @param documents the entries that could be read completely, in manifest order
 */
public record Manifest(LocatedJson json, String name, String version, List<Entry> documents) {
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
        if (name == null || version == null) {
            return Optional.empty();
        }
        return Optional.of(new Manifest(json, name, version, List.copyOf(entries)));
    }
}
