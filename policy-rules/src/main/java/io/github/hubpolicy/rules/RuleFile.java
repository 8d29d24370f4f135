package io.github.hubpolicy.rules;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule file's text and where it came from.
 *
 * @param path    its path relative to the rule root, e.g. {@code hubpolicy/rules/minors.drl};
 *                the folder must match the file's {@code package}
 * @param content its DRL text
 */
record RuleFile(String path, String content) {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    RuleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Where the file goes in the KIE file system: under the folder of its package, as Drools
     * expects, whatever folder the author keeps it in.
     */
    String kiePath() {
        Matcher declared = PACKAGE.matcher(content);
        if (!declared.find()) {
            return path;
        }
        String folder = declared.group(1).replace('.', '/') + "/";
        return path.startsWith(folder) ? path : folder + path.replace('/', '_');
    }

    /** The text between the named rule's {@code then} and its {@code end}, or empty when not found. */
    String consequenceOf(String ruleName) {
        int declared = lineOf(ruleName);
        if (declared == 0) {
            return "";
        }
        String[] lines = content.split("\n", -1);
        StringBuilder consequence = new StringBuilder();
        boolean inside = false;
        for (int i = declared; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!inside && line.equals("then")) {
                inside = true;
            } else if (inside && line.equals("end")) {
                break;
            } else if (inside) {
                consequence.append(line).append('\n');
            }
        }
        return consequence.toString();
    }

    /**
     * The named rule's text, from its {@code rule "..."} line to its {@code end} line, or empty
     * when not found: what the emergency brake compares to tell a changed rule.
     */
    String sourceOf(String ruleName) {
        int declared = lineOf(ruleName);
        if (declared == 0) {
            return "";
        }
        String[] lines = content.split("\n", -1);
        StringBuilder source = new StringBuilder();
        for (int i = declared - 1; i < lines.length; i++) {
            source.append(lines[i].stripTrailing()).append('\n');
            if (i >= declared && lines[i].strip().equals("end")) {
                break;
            }
        }
        return source.toString();
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
