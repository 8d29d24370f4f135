package io.github.hubpolicy.json;

import io.github.hubpolicy.api.internal.SafeText;

/** Keeps messages to one short line whatever the input holds. */
final class Text {
    /** The longest piece of input a message repeats. */
    static final int MAX_EXCERPT = 60;

    private Text() {
    }

    /**
     * {@code value} with anything secret-looking masked ({@link SafeText#masked}) and control
     * characters escaped, cut to {@link #MAX_EXCERPT} characters.
     */
    static String excerpt(String value) {
        value = SafeText.masked(value);
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_EXCERPT + 8));
        for (int i = 0; i < value.length(); i++) {
            if (out.length() >= MAX_EXCERPT) {
                return out.append("...").toString();
            }
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
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
