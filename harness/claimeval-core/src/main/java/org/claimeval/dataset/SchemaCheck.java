package org.claimeval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.resource.DisallowSchemaLoader;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.model.Problem;

/**
 * Validates a file against one of the JSON Schemas in {@code dataset/schema/} (draft 2020-12), always the copy
 * shipped in claimeval-core: a dataset's own {@code schema/} folder is never read, and no schema is ever
 * fetched from a URL or a file ({@link #FACTORY}).
 */
public final class SchemaCheck {
    public static final String GOLD = "gold.schema.json";
    public static final String CLAIMANTS = "claimants.schema.json";
    public static final String MANIFEST = "manifest.schema.json";
    public static final String PREDICTION = "prediction.schema.json";

    /** Messages in English whatever the machine's locale, so reports are identical everywhere. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();

    /** The schemas of dataset/schema/, copied into claimeval-core at build time. */
    private static final DatasetSource SHIPPED = DatasetSource.shippedSchemas();

    /**
     * The validator may load a schema only from its own jar (its copies of the draft meta-schemas, under
     * {@code classpath:}); any other {@code $ref} or {@code $schema} target, a URL or a file, is refused before a
     * socket or a file is opened. The shipped schemas only refer inside themselves ({@code #/$defs/...}).
     */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(SchemaCheck::shippedOnly)));

    private final JsonSchema schema;

    private static InputStreamSource shippedOnly(AbsoluteIri iri) {
        if (iri.toString().startsWith("classpath:")) {
            return null; // the next loader reads the validator's own resource
        }
        return DisallowSchemaLoader.getInstance().getSchema(iri);
    }

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /**
     * Loads the schema of that name that claimeval ships. A dataset's own {@code schema/} folder is never read:
     * a schema from a pull request could point {@code $ref} at the network or at any file.
     */
    public static Optional<SchemaCheck> load(DatasetSource source, String schemaName, ProblemCollector problems) {
        String relative = "schema/" + schemaName;
        byte[] bytes;
        String file;
        try {
            bytes = SHIPPED.read(relative);
            file = SHIPPED.displayName(relative);
        } catch (IOException e) {
            problems.add(source.displayName(relative), 0, null, null,
                    "schema not shipped with claimeval: " + e.getMessage());
            return Optional.empty();
        }
        Optional<LocatedJson> json = LocatedJson.parse(file, bytes, problems);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SchemaCheck(FACTORY.getSchema(json.get().root(), CONFIG)));
        } catch (RuntimeException e) {
            problems.add(file, 0, null, null, "is not a usable JSON Schema: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The bundled schema of that name (e.g. for validating prediction lines). */
    public static SchemaCheck bundled(String schemaName) throws org.claimeval.model.BadInputException {
        ProblemCollector problems = new ProblemCollector();
        Optional<SchemaCheck> check = load(DatasetSource.bundled(), schemaName, problems);
        problems.throwIfAny();
        return check.orElseThrow();
    }

    /**
     * Validates a parsed file; each violation is a problem at its field path and line, with the claim id when
     * it lies inside {@code claims[i]}.
     */
    public List<Problem> validate(LocatedJson json) {
        return schema.validate(json.root()).stream()
                .map(message -> toProblem(json, message))
                .sorted(ProblemCollector.ORDER)
                .toList();
    }

    /** Validates a tree read elsewhere (one JSONL line), naming the file and line given. */
    public List<Problem> validate(JsonNode node, String file, int line) {
        return schema.validate(node).stream()
                .map(m -> new Problem(file, line, null, nullIfRoot(fieldOf(m)), stripPath(m)))
                .sorted(ProblemCollector.ORDER)
                .toList();
    }

    private static Problem toProblem(LocatedJson json, ValidationMessage message) {
        String path = fieldOf(message);
        return new Problem(json.file(), json.line(path), claimIdAt(json.root(), path), nullIfRoot(path),
                stripPath(message));
    }

    /**
     * The field a message is about. A missing or unexpected property is reported by the schema on the object
     * holding it; naming the property itself ({@code claims[3].cue}) is more precise and lets the validator
     * drop a schema message that repeats what the reader already said about that field.
     */
    private static String fieldOf(ValidationMessage message) {
        String path = path(message.getInstanceLocation());
        boolean aboutProperty = "required".equals(message.getType()) || "additionalProperties".equals(message.getType());
        return aboutProperty && message.getProperty() != null ? FieldPath.field(path, message.getProperty()) : path;
    }

    /** networknt prefixes each message with the instance path, which the Problem already carries. */
    private static String stripPath(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        return "schema: " + (colon >= 0 && text.startsWith("$") ? text.substring(colon + 2) : text);
    }

    private static String nullIfRoot(String path) {
        return path.isEmpty() ? null : path;
    }

    static String path(JsonNodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? FieldPath.index(path, index) : FieldPath.field(path, element.toString());
        }
        return path;
    }

    /** The id of the claim a path lies in ({@code claims[3]...}), when it has a textual id. */
    static String claimIdAt(JsonNode root, String path) {
        if (!path.startsWith("claims[")) {
            return null;
        }
        int close = path.indexOf(']');
        try {
            JsonNode id = root.path("claims").path(Integer.parseInt(path.substring(7, close))).path("id");
            return id.isTextual() ? id.textValue() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
