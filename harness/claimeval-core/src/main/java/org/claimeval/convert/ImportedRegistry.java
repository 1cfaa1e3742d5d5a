package org.claimeval.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.io.InputFile;
import org.claimeval.io.Json;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * The claimants.json an imported dataset gets. A registry is often kept for a whole project (every name a
 * source goes by), while a dataset's {@code aliases} must be spelled as its texts have them (the validator
 * checks it, GUIDELINES.md H36): so an alias that no imported text uses moves to the entry's {@code variants},
 * which still resolve predicted claimants but are not checked against the texts. The move is counted in the
 * import report; nothing else of the file changes.
 *
 * @param json  the registry to write, or null when the corpus has none
 * @param moved how many aliases moved to {@code variants}
 */
public record ImportedRegistry(byte[] json, int moved) {
    /** No registry: claimants are the normalised source mentions. */
    public static final ImportedRegistry NONE = new ImportedRegistry(null, 0);

    /**
     * @param file      the claimants.json named on the command line, or null
     * @param documents the imported texts
     * @throws BadInputException when the file cannot be read or is not a claimants.json
     */
    public static ImportedRegistry fit(Path file, List<Document> documents) throws BadInputException {
        if (file == null) {
            return NONE;
        }
        byte[] bytes;
        JsonNode root;
        try {
            bytes = InputFile.readAll(file);
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BadInputException(new Problem(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    null, "--claimants", "is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(new Problem(file.toString(), 0, null, "--claimants", "cannot be read: " + e.getMessage()));
        }
        if (root == null || !root.path("claimants").isArray()) {
            throw new BadInputException(new Problem(file.toString(), 0, null, "claimants",
                    "is missing: expected a claimants.json with a \"claimants\" array"));
        }
        int moved = 0;
        for (JsonNode entry : root.path("claimants")) {
            if (entry instanceof ObjectNode claimant && claimant.path("aliases").isArray()) {
                moved += moveUnusedAliases(claimant, documents);
            }
        }
        if (moved == 0) {
            return new ImportedRegistry(bytes, 0);
        }
        try {
            // The file's own key order, not the mapper's sorted one.
            String text = Json.mapper().writer().without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .withDefaultPrettyPrinter().writeValueAsString(root) + "\n";
            return new ImportedRegistry(text.getBytes(StandardCharsets.UTF_8), moved);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree just read always writes", e);
        }
    }

    private static int moveUnusedAliases(ObjectNode claimant, List<Document> documents) {
        ArrayNode aliases = (ArrayNode) claimant.get("aliases");
        ArrayNode kept = aliases.arrayNode();
        ArrayNode variants = claimant.path("variants").isArray() ? (ArrayNode) claimant.get("variants") : aliases.arrayNode();
        int moved = 0;
        for (JsonNode alias : aliases) {
            if (!alias.isTextual() || documents.stream().anyMatch(d -> d.text().contains(alias.asText()))) {
                kept.add(alias);
            } else {
                variants.add(alias);
                moved++;
            }
        }
        if (moved > 0) {
            claimant.set("aliases", kept);
            claimant.set("variants", variants);
        }
        return moved;
    }
}
