package org.claimeval.dataset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimeval.io.Json;

/**
 * A parsed JSON file that remembers the line of every value, so a problem found later in the tree (a wrong
 * offset, a schema violation) can still name its line. Paths are written {@code claims[3].cue.start}.
 *
 * @param file  the file's display name
 * @param root  the parsed tree
 * @param lines line (1-based) of each value by path; the root is the empty path
 */
public record LocatedJson(String file, JsonNode root, Map<String, Integer> lines) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Parses one JSON document with the shared limits of {@link Json}. Reports, rather than throws: a byte-order
     * mark (rejected: RFC 8259 forbids emitting one and it hides encoding mix-ups), malformed JSON or bytes that
     * are not UTF-8 (with the parser's line), a limit exceeded, or content after the value.
     */
    public static Optional<LocatedJson> parse(String file, byte[] bytes, ProblemCollector problems) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            problems.add(file, 1, null, null, "starts with a UTF-8 byte-order mark (EF BB BF); save the file as UTF-8 without BOM");
            return Optional.empty();
        }
        if (bytes.length == 0) {
            problems.add(file, 0, null, null, "is empty; expected a JSON object");
            return Optional.empty();
        }
        Map<String, Integer> lines = new HashMap<>();
        JsonParser parser;
        try {
            parser = Json.mapper().getFactory().createParser(bytes);
        } catch (IOException e) {
            problems.add(file, 0, null, null, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        try (parser) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                problems.add(file, 0, null, null, "contains no JSON value");
                return Optional.empty();
            }
            int depth = 0;
            do {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                    continue;
                }
                lines.putIfAbsent(pathOf(parser.getParsingContext(), token), parser.currentTokenLocation().getLineNr());
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                }
            } while (depth > 0 && (token = parser.nextToken()) != null);
            if (parser.nextToken() != null) {
                problems.add(file, parser.currentTokenLocation().getLineNr(), null, null,
                        "has content after the JSON value ends");
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            // Limit violations carry no location of their own; the parser's position is where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            problems.add(file, lineOf(at), null, null, "is not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, null, null, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(new LocatedJson(file, Json.mapper().readTree(bytes), Map.copyOf(lines)));
        } catch (IOException e) {
            // The streaming pass accepted the same bytes, so this is the tree builder's own limit.
            problems.add(file, 0, null, null, "is not valid JSON: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The line of a path, or of its nearest ancestor that has one; 0 when unknown. */
    public int line(String path) {
        String p = path == null ? "" : path;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 0;
            }
            p = FieldPath.parent(p);
        }
    }

    private static int lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? 0 : location.getLineNr();
    }

    /** A container's own context is the one it opens; its path is that of the parent's slot holding it. */
    private static String pathOf(JsonStreamContext context, JsonToken token) {
        JsonStreamContext slot = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                ? context.getParent() : context;
        return FieldPath.of(slot);
    }
}
