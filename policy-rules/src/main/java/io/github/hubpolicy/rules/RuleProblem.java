package io.github.hubpolicy.rules;

/**
 * One problem in a rule file, located for its author.
 *
 * @param file    the rule file's path, e.g. {@code hubpolicy/rules/minors.drl}
 * @param line    1-based line, 0 when unknown
 * @param column  0-based column, 0 when unknown (the DRL parser rarely knows it)
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {
    /** {@code file:line:column: message}, the form editors and CI logs link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
