package io.github.hubpolicy.api;

/**
 * Identifies what decided: the policy's version and the exact rule set.
 *
 * @param version the policy's version, e.g. {@code 2023-08-30}
 * @param rules   {@code sha256:} digest of the rule files' paths and contents (and the settings
 *                that change decisions), so a decision can be replayed
 */
public record PolicyId(String version, String rules) {
    public PolicyId {
        Checks.nonBlank("version", version);
        Checks.nonBlank("rules", rules);
    }
}
