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
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
        throw new InvalidItemException(field, "unknown value '" + value + "' (expected one of " + expected + ")");
    }
}
