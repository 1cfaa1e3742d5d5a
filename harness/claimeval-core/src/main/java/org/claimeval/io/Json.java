package org.claimeval.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for every input and output, so limits and output order are the same
 * everywhere. Limits are set on purpose: a hostile or broken file must fail with a message, not exhaust memory.
 */
public final class Json {
    /** Deeper than any legitimate gold file or prediction needs (they nest four levels). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** A whole document may arrive as one string in a process response; 16 MB of text is far beyond news. */
    public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** Offsets and figures need at most a few dozen digits. */
    public static final int MAX_NUMBER_LENGTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** Shared, thread-safe mapper: reject NaN literals, duplicate keys, absurd nesting. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
