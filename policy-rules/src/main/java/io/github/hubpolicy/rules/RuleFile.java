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

    /** Where the bundled rule files sit on the classpath; their names are relative to it. */
    static final String BUNDLED_ROOT = "hubpolicy/rules/";

    /**
     * The file's name relative to its rule directory ({@code hate.drl} for the bundled file and for a
     * copy in a host's directory alike): what the rule-set digest hashes, so that the same files have
     * the same digest wherever they live.
     */
    String name() {
        return path.startsWith(BUNDLED_ROOT) ? path.substring(BUNDLED_ROOT.length()) : path;
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
