package io.github.hubpolicy.rules;

/**
 * One compiled rule, as its metadata describes it.
 *
 * @param name        the rule's name
 * @param section     its catalog section ({@code @section}), or {@code null} for a context rule or an
 *                    {@code @escalation} rule (which records findings on sections' behalf)
 * @param bullet      its position in the section ({@code @bullet}), 0 for a context or escalation rule
 * @param file        the rule file that declares it
 * @param line        the line of its declaration
 * @param fingerprint {@code sha256:} of the rule's text, from {@code rule "..."} to its {@code end}:
 *                    how the emergency brake tells a new or changed rule from one already in service
 * @param disabled    switched off by the host ({@link DroolsPolicyEvaluator.Builder#disabledRules}):
 *                    compiled, listed, never fired
 */
public record RuleInfo(String name, String section, int bullet, String file, int line, String fingerprint,
                       boolean disabled) {
    /** A rule that is not disabled and whose fingerprint is unknown (empty). */
    public RuleInfo(String name, String section, int bullet, String file, int line) {
        this(name, section, bullet, file, line, "", false);
    }

    RuleInfo withDisabled(boolean off) {
        return new RuleInfo(name, section, bullet, file, line, fingerprint, off);
    }
}
