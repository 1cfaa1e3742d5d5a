package org.claimeval.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimeval.dataset.Seeds;

/** A valid dataset built in a test from texts (no gold claims), with the fixture's claimant registry. */
final class BuiltDataset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BuiltDataset() {
    }

    /** Writes {@code dir/dataset} and {@code dir/seeds}; returns the dataset folder. */
    static Path write(Path dir, Map<String, String> textsById) throws IOException {
        Path dataset = dir.resolve("dataset");
        Files.createDirectories(dataset.resolve("gold"));
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        ObjectNode manifest = JSON.createObjectNode().put("schema", "claimeval/manifest/1").put("name", "built")
                .put("version", "1.0.0");
        ArrayNode documents = manifest.putArray("documents");
        for (Map.Entry<String, String> e : textsById.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            Files.write(seeds.resolve(e.getKey() + ".txt"), bytes);
            String sha = Seeds.sha256(bytes);
            documents.addObject().put("id", e.getKey()).put("seed", "../seeds/" + e.getKey() + ".txt").put("sha256", sha)
                    .put("length", e.getValue().codePointCount(0, e.getValue().length()))
                    .put("title", e.getValue().lines().findFirst().orElse("").strip()).put("language", "en")
                    .putNull("outlet").putNull("date");
            ObjectNode gold = JSON.createObjectNode().put("schema", "claimeval/gold/1").put("doc", e.getKey()).put("sha256", sha);
            gold.putArray("claims");
            Files.writeString(dataset.resolve("gold").resolve(e.getKey() + ".json"), JSON.writeValueAsString(gold));
        }
        Files.writeString(dataset.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        // The fixture's aliases are spellings of the fixture's texts, which these texts do not contain: kept as
        // variants, which resolve the same and are not required to occur (GUIDELINES.md H36).
        ObjectNode claimants = (ObjectNode) JSON.readTree(Resources.path("datasets/valid/dataset/claimants.json").toFile());
        for (var entry : claimants.withArray("claimants")) {
            ObjectNode c = (ObjectNode) entry;
            ArrayNode variants = c.putArray("variants");
            c.withArray("aliases").forEach(variants::add);
            c.putArray("aliases");
        }
        Files.writeString(dataset.resolve("claimants.json"), JSON.writeValueAsString(claimants));
        return dataset;
    }

    /** An executable shell script in {@code dir}, run as an extractor with {@code --extractor-cmd}. */
    static Path script(Path dir, String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        script.toFile().setExecutable(true);
        return script;
    }

    /** A script answering every request with no claims, in the process protocol. */
    static final String ANSWERS_NOTHING = """
            while IFS= read -r line; do
              doc=$(printf '%s' "$line" | sed 's/^{"doc":"\\([^"]*\\)".*/\\1/')
              printf '{"doc":"%s","claims":[]}\\n' "$doc"
            done
            """;
}
