package org.claimeval.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimeval.model.JsonEnum;
import org.claimeval.model.Span;

/**
 * Reads typed fields out of a JSON tree and reports each wrong or missing one as a problem located by file,
 * line, claim id and field path. Every getter returns null when the field is unusable, so a caller reads the
 * whole object and learns about every bad field, not only the first.
 */
final class FieldReader {
    private final LocatedJson json;
    private final ProblemCollector problems;

    FieldReader(LocatedJson json, ProblemCollector problems) {
        this.json = json;
        this.problems = problems;
    }

    /**
     * Parses a file that must be a JSON object carrying {@code "schema": expectedSchema}: the reader over it,
     * or empty when it is not JSON or not an object (reported). A wrong schema tag is reported and reading
     * goes on, so the rest of the file's problems are found too.
     */
    static Optional<FieldReader> openObject(String file, byte[] bytes, ProblemCollector problems, String expectedSchema) {
        Optional<LocatedJson> parsed = LocatedJson.parse(file, bytes, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(parsed.get(), problems);
        JsonNode root = parsed.get().root();
        if (!root.isObject()) {
            fields.problem(null, "", "must be a JSON object, found " + kind(root));
            return Optional.empty();
        }
        String schema = fields.string(root, "schema", "", null, false);
        if (schema != null && !expectedSchema.equals(schema)) {
            fields.problem(null, "schema", "is \"" + schema + "\", expected \"" + expectedSchema + "\"");
        }
        return Optional.of(fields);
    }

    /** Receives each element of an array of objects with its field path, e.g. {@code claims[3]}. */
    interface ElementVisitor {
        void visit(String path, JsonNode element);
    }

    /**
     * Visits every element of the required top-level array {@code name}; the array missing or of another type,
     * and each element that is not an object, are reported (as "must be ... {@code what}") and skipped.
     */
    void forEachObject(JsonNode root, String name, String what, ElementVisitor visitor) {
        JsonNode array = required(root, name, "", null);
        if (array == null) {
            return;
        }
        if (!array.isArray()) {
            problem(null, name, "must be an array, found " + kind(array));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = FieldPath.index(name, i);
            JsonNode element = array.get(i);
            if (element.isObject()) {
                visitor.visit(path, element);
            } else {
                problem(null, path, "must be " + what + ", found " + kind(element));
            }
        }
    }

    LocatedJson json() {
        return json;
    }

    JsonNode root() {
        return json.root();
    }

    void problem(String claimId, String path, String message) {
        problems.add(json.file(), json.line(path), claimId, path.isEmpty() ? null : path, message);
    }

    /** The field's node, or null (reported) when it is absent. A JSON null is returned as is. */
    JsonNode required(JsonNode parent, String name, String parentPath, String claimId) {
        JsonNode node = parent.get(name);
        if (node == null) {
            problem(claimId, FieldPath.field(parentPath, name), "is missing");
        }
        return node;
    }

    String string(JsonNode parent, String name, String parentPath, String claimId, boolean nullable) {
        JsonNode node = required(parent, name, parentPath, claimId);
        if (node == null || (nullable && node.isNull())) {
            return null;
        }
        if (!node.isTextual()) {
            problem(claimId, FieldPath.field(parentPath, name), "must be a string" + (nullable ? " or null" : "") + ", found " + kind(node));
            return null;
        }
        return node.textValue();
    }

    /** A non-negative int: offsets and lengths. Decimals, huge numbers and strings are reported. */
    Integer offset(JsonNode parent, String name, String parentPath, String claimId) {
        JsonNode node = required(parent, name, parentPath, claimId);
        if (node == null) {
            return null;
        }
        String path = FieldPath.field(parentPath, name);
        if (!node.isIntegralNumber()) {
            problem(claimId, path, "must be an integer, found " + kind(node));
            return null;
        }
        if (!node.canConvertToInt()) {
            problem(claimId, path, "is " + node.asText() + ", beyond the int range of offsets");
            return null;
        }
        if (node.intValue() < 0) {
            problem(claimId, path, "is " + node.intValue() + "; offsets cannot be negative");
            return null;
        }
        return node.intValue();
    }

    Double number(JsonNode parent, String name, String parentPath, String claimId) {
        JsonNode node = required(parent, name, parentPath, claimId);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            problem(claimId, FieldPath.field(parentPath, name), "must be a finite number, found " + kind(node));
            return null;
        }
        return node.doubleValue();
    }

    <E extends Enum<E> & JsonEnum> E enumValue(Class<E> type, JsonNode parent, String name, String parentPath,
                                               String claimId) {
        String value = string(parent, name, parentPath, claimId, false);
        if (value == null) {
            return null;
        }
        E parsed = JsonEnum.parse(type, value).orElse(null);
        if (parsed == null) {
            problem(claimId, FieldPath.field(parentPath, name),
                    "\"" + value + "\" is not one of " + JsonEnum.legalValues(type));
        }
        return parsed;
    }

    List<String> strings(JsonNode parent, String name, String parentPath, String claimId) {
        JsonNode node = required(parent, name, parentPath, claimId);
        if (node == null) {
            return null;
        }
        String path = FieldPath.field(parentPath, name);
        if (!node.isArray()) {
            problem(claimId, path, "must be an array of strings, found " + kind(node));
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isTextual()) {
                values.add(item.textValue());
            } else {
                problem(claimId, FieldPath.index(path, i), "must be a string, found " + kind(item));
                ok = false;
            }
        }
        return ok ? values : null;
    }

    /** A {@code {"start","end","text"}} object, or null (reported) when any part is unusable. */
    Span span(JsonNode node, String path, String claimId) {
        if (!node.isObject()) {
            problem(claimId, path, "must be an object with start, end and text, found " + kind(node));
            return null;
        }
        Integer start = offset(node, "start", path, claimId);
        Integer end = offset(node, "end", path, claimId);
        String text = string(node, "text", path, claimId, false);
        return start == null || end == null || text == null ? null : new Span(start, end, text);
    }

    static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "the integer " + node.asText();
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
