package io.github.hubpolicy.api;

/**
 * A content item value that breaks the wire format's rules. The message is one line naming the
 * field, e.g. {@code field 'author.priorViolations': must be >= 0, was -1}.
 */
public final class InvalidItemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public InvalidItemException(String field, String problem) {
        super("field '" + field + "': " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** The field's path in the item, e.g. {@code people[0].kind}. */
    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field name. */
    public String problem() {
        return problem;
    }

    /** The same problem, with the field's path prefixed by {@code parent} (e.g. {@code people[2]}). */
    public InvalidItemException within(String parent) {
        return new InvalidItemException(parent + "." + field, problem);
    }
}
