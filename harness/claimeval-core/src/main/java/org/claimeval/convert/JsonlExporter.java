package org.claimeval.convert;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.io.Json;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * One gold claim a line ({@code <dataset>.jsonl}), for pandas ({@code read_json(lines=True)}) or Hugging Face
 * {@code datasets} ({@code load_dataset("json", ...)}): {@code doc} first, then the claim's fields in the gold
 * format, those the dataset annotates. The texts go beside it as {@code texts/<doc>.txt}.
 */
public final class JsonlExporter {
    public void write(Dataset dataset, Path dir) throws IOException {
        var compact = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        Files.createDirectories(dir.resolve("texts"));
        try (Writer out = Files.newBufferedWriter(dir.resolve(dataset.name() + ".jsonl"), StandardCharsets.UTF_8)) {
            for (Document d : dataset.documents()) {
                Files.writeString(dir.resolve("texts").resolve(d.id() + ".txt"), d.text(), StandardCharsets.UTF_8);
                for (Claim c : dataset.gold(d.id())) {
                    ObjectNode line = Json.mapper().createObjectNode().put("doc", d.id());
                    line.setAll(GoldJson.claim(c, dataset.annotates()));
                    out.write(compact.writeValueAsString(line) + "\n");
                }
            }
        }
    }
}
