package io.github.hubpolicy.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Rule directories written for a benchmark: rules that compile and never fire. */
final class RuleFiles {
    private static final String HEADER = """
            package hubpolicy.rules;

            import io.github.hubpolicy.api.Action;
            import io.github.hubpolicy.api.Verdict;
            import io.github.hubpolicy.rules.facts.*;
            import function io.github.hubpolicy.rules.facts.Findings.finding;

            """;

    private RuleFiles() {
    }

    /**
     * The smallest rule base the evaluator runs: one rule that never fires in each phase (the
     * section rules, then the {@code context}, {@code escalation} and {@code reports} ruleflow
     * groups). One rule per phase, not one in all: the evaluator focuses each phase's group by
     * name, and a rule base with no rule in a group fails every evaluation (Drools returns no
     * agenda group for an unknown name; see docs/performance.md).
     */
    static Path emptyRuleBase() {
        StringBuilder drl = new StringBuilder(HEADER);
        String[] groups = {null, "context", "escalation", "reports"};
        for (int g = 0; g < groups.length; g++) {
            rule(drl, "spam: empty rule base, phase " + (g + 1) + " never fires", 101 + g, groups[g], "artifact", g);
        }
        return write(drl, groups.length - 1);
    }

    /**
     * A directory holding {@code count} section rules that never fire: each reads a signal no item
     * carries ({@code benchmark/never-N}), as a host's own rule on its own classifier would, so
     * the engine evaluates its condition on every item of its kind. Bullets start at 101, after
     * the bundled ones.
     */
    static Path neverFiring(int count) {
        StringBuilder drl = new StringBuilder(HEADER);
        for (int n = 1; n <= count; n++) {
            rule(drl, "spam: benchmark rule " + n + " never fires", 100 + n, null, n % 2 == 0 ? "community" : "artifact", n);
        }
        return write(drl, count);
    }

    private static void rule(StringBuilder drl, String name, int bullet, String group, String kind, int n) {
        drl.append("rule \"").append(name).append("\"\n")
                .append("    @section(\"spam\") @bullet(").append(bullet).append(")\n");
        if (group != null) {
            drl.append("    ruleflow-group \"").append(group).append("\"\n");
        }
        drl.append("when\n")
                .append("    Item( ").append(kind).append(", likely(\"benchmark/never-").append(n).append("\") )\n")
                .append("then\n")
                .append("    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( \"never\" );\n")
                .append("end\n\n");
    }

    /** Writes the rules, and declares the signals {@code benchmark/never-0} to {@code -last} they read. */
    private static Path write(CharSequence drl, int last) {
        try {
            Path directory = Files.createTempDirectory("hubpolicy-bench-rules");
            Files.writeString(directory.resolve("benchmark-never.drl"), drl, StandardCharsets.UTF_8);
            StringBuilder names = new StringBuilder("signals = ");
            for (int n = 0; n <= last; n++) {
                names.append(n == 0 ? "" : ", ").append("benchmark/never-").append(n);
            }
            Files.writeString(directory.resolve("names.properties"), names.append('\n'), StandardCharsets.UTF_8);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory {@link #neverFiring} wrote. */
    static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
