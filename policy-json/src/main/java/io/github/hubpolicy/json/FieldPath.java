package io.github.hubpolicy.json;

/**
 * Where a value lies in an item, as error messages name it ({@code people[0].likeness[1]}). Kept
 * as a chain and rendered only when a message needs it: rendering masks and shortens every key
 * (a key may hold a secret), which cost more than reading the item itself when done for every field.
 */
record FieldPath(FieldPath parent, String key, int index) {
    /** The item itself: renders as the empty string. */
    static final FieldPath ROOT = new FieldPath(null, null, -1);

    /** The object field {@code key} of this value. */
    FieldPath field(String key) {
        return new FieldPath(this, key, -1);
    }

    /** The array element {@code index} of this value. */
    FieldPath element(int index) {
        return new FieldPath(this, null, index);
    }

    /** The path as messages write it: {@code people[0].name}; the item itself is {@code ""}. */
    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        return key != null ? Text.field(parent.toString(), key) : Text.index(parent.toString(), index);
    }
}
