package io.github.hubpolicy.rules;

import java.util.Objects;

/**
 * One problem in a rule file, located for its author.
 *
 * @param file     the rule file's path, e.g. {@code hubpolicy/rules/minors.drl}
 * @param line     1-based line, 0 when unknown
 * @param column   0-based column, 0 when unknown
 * @param severity an error stops the rule set from being built; a warning does not
 * @param message  what is wrong
 */
public record RuleProblem(String file, int line, int column, Severity severity, String message) {
    /** How bad a problem is. */
    public enum Severity {
        /** The rule set is refused: construction and {@code validate} fail. */
        ERROR,
        /** The rule set works as written, but the construct is fragile or suspicious; {@code validate --strict} refuses it. */
        WARNING
    }

    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** An error. */
    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, Severity.ERROR, message);
    }

    /** Whether it stops the rule set from being built. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem in another file path (e.g. prefixed with the rule directory). */
    public RuleProblem inFile(String path) {
        return new RuleProblem(path, line, column, severity, message);
    }

    /** The same problem as an error ({@code --strict}). */
    public RuleProblem asError() {
        return new RuleProblem(file, line, column, Severity.ERROR, message);
    }

    /** {@code file:line:column: error: message} (or {@code warning:}), the form editors and CI logs link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isError() ? "error: " : "warning: ") + message;
    }
}
