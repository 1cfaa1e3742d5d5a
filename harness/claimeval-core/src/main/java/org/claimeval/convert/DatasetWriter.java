package org.claimeval.convert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.io.Json;
import org.claimeval.dataset.Manifest;
import org.claimeval.dataset.Seeds;
import org.claimeval.model.Annotates;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/**
 * Writes an {@link ImportedCorpus} as a dataset folder in the bundled layout: {@code manifest.json} (with the
 * {@code annotates} profile), {@code texts/<doc>.txt}, {@code gold/<doc>.json} (the gold annotator),
 * {@code claimants.json} when claimants are registry ids, and, when there are several annotators,
 * {@code annotators/<name>/gold/<doc>.json} for each, which {@code claimeval agree DATASET} compares.
 *
 * <p>Written whole or not at all ({@link OutputFolder}).
 */
public final class DatasetWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Where the texts go inside the dataset. */
    public static final String TEXTS = "texts";
    /** Where each annotator's gold goes when a corpus has several. */
    public static final String ANNOTATORS = "annotators";

    private DatasetWriter() {
    }

    public static void write(ImportedCorpus corpus, Path target) throws BadInputException, IOException {
        OutputFolder.write(target, dir -> writeInto(corpus, dir));
    }

    private static void writeInto(ImportedCorpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir.resolve(TEXTS));
        ObjectNode manifest = NODES.objectNode();
        manifest.put("schema", Manifest.SCHEMA);
        manifest.put("name", corpus.name());
        manifest.put("version", "1.0.0");
        manifest.set("annotates", annotates(corpus.annotates()));
        ArrayNode documents = manifest.putArray("documents");
        for (Document d : corpus.documents()) {
            byte[] bytes = d.text().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(TEXTS).resolve(d.id() + ".txt"), bytes);
            documents.add(NODES.objectNode()
                    .put("id", d.id())
                    .put("seed", TEXTS + "/" + d.id() + ".txt")
                    .put("sha256", Seeds.sha256(bytes))
                    .put("length", d.length())
                    .put("title", d.text().lines().findFirst().orElse("").strip())
                    .put("language", "en")
                    .putNull("outlet")
                    .putNull("date"));
        }
        writeJson(dir.resolve("manifest.json"), manifest);
        if (corpus.registry().json() != null) {
            Files.write(dir.resolve("claimants.json"), corpus.registry().json());
        }
        writeGold(corpus, corpus.gold(), true, dir.resolve("gold"));
        if (corpus.annotators().size() > 1) {
            for (Map.Entry<String, Map<String, List<Claim>>> e : corpus.annotators().entrySet()) {
                writeGold(corpus, e.getValue(), false, dir.resolve(ANNOTATORS).resolve(e.getKey()).resolve("gold"));
            }
        }
    }

    /** Every document gets a gold file in the dataset's gold; an annotator's folder has the ones they did. */
    private static void writeGold(ImportedCorpus corpus, Map<String, List<Claim>> claims, boolean datasetGold,
            Path goldDir) throws IOException {
        Files.createDirectories(goldDir);
        for (Document d : corpus.documents()) {
            List<Claim> docClaims = claims.get(d.id());
            if (docClaims == null && !datasetGold) {
                continue;
            }
            String sha = Seeds.sha256(d.text().getBytes(StandardCharsets.UTF_8));
            writeJson(goldDir.resolve(d.id() + ".json"),
                    GoldJson.file(d.id(), sha, docClaims == null ? List.of() : docClaims, corpus.annotates()));
        }
    }

    public static ObjectNode annotates(Annotates a) {
        ObjectNode node = NODES.objectNode();
        node.put("claimant", a.claimant().json());
        if (a.type()) {
            ArrayNode types = node.putArray("type");
            a.types().forEach(types::add);
        } else {
            node.putNull("type");
        }
        node.put("attribution", a.attribution());
        node.put("quote", a.quote());
        node.put("quantities", a.quantities());
        node.put("cue", a.cue());
        node.put("clusters", a.clusters());
        return node;
    }

    private static void writeJson(Path file, ObjectNode node) throws IOException {
        // Insertion order on purpose (the schema's order), not the mapper's sorted keys.
        String text = Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(node);
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }
}
