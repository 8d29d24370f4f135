package io.github.hubpolicy.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Argument checks shared by the records; each failure names the field. */
final class Checks {
    private Checks() {
    }

    static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidItemException(field, "must not be blank");
        }
        return value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidItemException(field, "is required");
        }
        return value;
    }

    static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidItemException(field, "must be >= 0, was " + value);
        }
        return value;
    }

    static long nonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidItemException(field, "must be >= 0, was " + value);
        }
        return value;
    }

    /** An unmodifiable copy; {@code null} is an empty list, a null element is an error naming its index. */
    static <T> List<T> list(String field, List<? extends T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(required(field + "[" + i + "]", values.get(i)));
        }
        return Collections.unmodifiableList(copy);
    }
}
