package io.github.hubpolicy.api.internal;

import io.github.hubpolicy.api.InvalidItemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The JSON spelling of the item enums: lower case, words joined by hyphens
 * ({@code PRIVATE_PERSON} is {@code private-person}).
 */
public final class WireNames {
    /** Each enum's constants, read once: {@code Class#getEnumConstants} copies the array on every call. */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private WireNames() {
    }

    /** The wire spelling of an enum constant. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant whose wire spelling is {@code value}.
     *
     * @throws InvalidItemException naming {@code field} and the expected values when none matches
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        E constant = find(type, value);
        if (constant != null) {
            return constant;
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
        throw new InvalidItemException(field, "unknown value '" + value + "' (expected one of " + expected + ")");
    }

    /**
     * The constant whose wire spelling is {@code value}, or {@code null}. Compares character by
     * character, building no string: readers call it for every enum value of every item.
     */
    public static <E extends Enum<E>> E find(Class<E> type, String value) {
        for (Enum<?> constant : CONSTANTS.get(type)) {
            if (spells(constant.name(), value)) {
                return type.cast(constant);
            }
        }
        return null;
    }

    /** True when {@code value} is {@code name} lower-cased with hyphens for underscores. */
    private static boolean spells(String name, String value) {
        if (name.length() != value.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char wire = c == '_' ? '-' : Character.toLowerCase(c);
            if (value.charAt(i) != wire) {
                return false;
            }
        }
        return true;
    }
}
