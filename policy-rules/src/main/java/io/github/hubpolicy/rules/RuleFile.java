package io.github.hubpolicy.rules;

import java.util.Objects;

/**
 * One rule file's text and where it came from.
 *
 * @param path    its path relative to the rule root, e.g. {@code hubpolicy/rules/minors.drl};
 *                the folder must match the file's {@code package}
 * @param content its DRL text
 */
record RuleFile(String path, String content) {
    RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** The 1-based line where the named rule is declared, or 0. */
    int lineOf(String ruleName) {
        String[] lines = content.split("\n", -1);
        String declaration = "rule \"" + ruleName + "\"";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(declaration)) {
                return i + 1;
            }
        }
        return 0;
    }
}
