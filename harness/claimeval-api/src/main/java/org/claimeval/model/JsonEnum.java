package org.claimeval.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enums whose JSON spelling differs from the Java constant: one place that maps both ways. */
public interface JsonEnum {
    /** The spelling used in gold files, predictions and reports. */
    String json();

    static <E extends Enum<E> & JsonEnum> Optional<E> parse(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.json().equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The legal spellings, for error messages: {@code "explicit", "implicit", "author"}. */
    static <E extends Enum<E> & JsonEnum> String legalValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> '"' + c.json() + '"').collect(Collectors.joining(", "));
    }

    static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
