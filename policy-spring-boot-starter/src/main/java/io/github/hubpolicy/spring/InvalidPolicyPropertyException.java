package io.github.hubpolicy.spring;

/**
 * A {@code hubpolicy.*} property has a value the evaluator cannot be built with. Start-up stops
 * and the failure analyzer prints {@link #getMessage()}: the property and the problem.
 */
public final class InvalidPolicyPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String property;
    private final String problem;

    InvalidPolicyPropertyException(String property, String problem) {
        super(property + ": " + problem);
        this.property = property;
        this.problem = problem;
    }

    /** The property's name, e.g. {@code hubpolicy.thresholds.likely}. */
    public String property() {
        return property;
    }

    /** What is wrong with its value, one sentence. */
    public String problem() {
        return problem;
    }
}
