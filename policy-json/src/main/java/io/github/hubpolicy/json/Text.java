package io.github.hubpolicy.json;

import io.github.hubpolicy.api.internal.SafeText;

/** Keeps messages to one short line whatever the input holds. */
final class Text {
    /** The longest piece of input a message repeats. */
    static final int MAX_EXCERPT = SafeText.MAX_EXCERPT;

    private Text() {
    }

    /** {@link SafeText#excerpt}: shared with the transparency module's audit reader, so errors read alike. */
    static String excerpt(String value) {
        return SafeText.excerpt(value);
    }

    /** A path segment for an object key: {@code people[0]} and {@code name} give {@code people[0].name}. */
    static String field(String parent, String key) {
        String name = excerpt(key);
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** A path segment for an array element: {@code people} and 0 give {@code people[0]}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
