package io.github.hubpolicy.testkit;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.Trace;
import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Case files as JUnit 5 dynamic tests: one container per case file, one test per case, named by
 * the case's {@code case}; a failing case lists what differed ({@code verdict: expected RESTRICT,
 * was REMOVE}) and the findings the evaluator gave. One line in a host's suite:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> myRules() {
 *     return PolicyCases.in(Path.of("src/main/policy")).tests();   // bundled rules + that directory
 * }
 * }</pre>
 *
 * <p>The format of a case file ({@code *.cases.jsonl}, a case per line) is {@link PolicyCase}'s.
 * Unless {@link #against} names one, the evaluator is built from the bundled rules (and, for
 * {@link #in}, the directory's rule files on top), once per call of {@link #tests()}.
 * Immutable; each method returns a new instance.
 */
public final class PolicyCases {
    private static final String BUNDLED_INDEX = "hubpolicy/rules/rules.index";

    private final List<PolicyCase> cases;
    private final Supplier<PolicyEvaluator> evaluator;

    private PolicyCases(List<PolicyCase> cases, Supplier<PolicyEvaluator> evaluator) {
        this.cases = List.copyOf(cases);
        this.evaluator = evaluator;
    }

    /** The case files shipped beside the bundled rule files, against the bundled rules. */
    public static PolicyCases bundled() {
        List<PolicyCase> read = new ArrayList<>();
        CaseReader reader = new CaseReader(ItemReader.strict());
        for (String line : resource(BUNDLED_INDEX).split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            String casePath = path.replaceFirst("\\.drl$", ".cases.jsonl");
            String text = resource(casePath);
            try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
                read.addAll(reader.read(casePath.substring(casePath.lastIndexOf('/') + 1), in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PolicyCases(read, () -> DroolsPolicyEvaluator.builder().build());
    }

    /**
     * Every {@code *.cases.jsonl} file in a directory (not its subdirectories), in name order,
     * against the bundled rules with the directory's {@code .drl} files on top (a file named like a
     * bundled one replaces it), as {@code DroolsPolicyEvaluator.builder().ruleDirectory(dir)} does.
     *
     * @throws UncheckedIOException when the directory cannot be read
     * @throws CaseReader.CaseFileException naming {@code file:line} when a case cannot be read
     */
    public static PolicyCases in(Path directory) {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".cases.jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read case directory " + directory, e);
        }
        return new PolicyCases(read(files), () -> DroolsPolicyEvaluator.builder().ruleDirectory(directory).build());
    }

    /** These case files, against the bundled rules unless {@link #against} says otherwise. */
    public static PolicyCases files(Path... files) {
        return new PolicyCases(read(List.of(files)), () -> DroolsPolicyEvaluator.builder().build());
    }

    /** The same cases, decided by the host's evaluator (built once, by the host). */
    public PolicyCases against(PolicyEvaluator evaluator) {
        Objects.requireNonNull(evaluator, "evaluator");
        return new PolicyCases(cases, () -> evaluator);
    }

    /** The cases read, file by file in the order given. */
    public List<PolicyCase> cases() {
        return cases;
    }

    /** One container per case file, one dynamic test per case, named by the case. */
    public Stream<DynamicNode> tests() {
        PolicyEvaluator decider = evaluator.get();
        Map<String, List<PolicyCase>> byFile = cases.stream()
                .collect(Collectors.groupingBy(PolicyCase::file, LinkedHashMap::new, Collectors.toList()));
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, decider)))));
    }

    /**
     * Decides the case and checks it. With a {@link DroolsPolicyEvaluator} the case is traced, so
     * that {@code rules} and {@code notRules} can name context rules too (they change findings
     * rather than record them: only the trace shows that they fired).
     */
    private static void check(PolicyCase c, PolicyEvaluator decider) {
        if (decider instanceof DroolsPolicyEvaluator rules) {
            Set<String> contextRules = rules.rules().stream().filter(r -> r.section() == null).map(RuleInfo::name)
                    .collect(Collectors.toSet());
            Trace trace = rules.trace(c.item());
            check(c, trace.decision(), trace.firedRules().stream().filter(contextRules::contains).toList());
        } else {
            check(c, decider.evaluate(c.item()));
        }
    }

    /**
     * Fails when the decision differs from what the case expects.
     *
     * @throws AssertionFailedError naming the case's {@code file:line}, each difference on a line,
     *                              and the findings
     */
    public static void check(PolicyCase c, Decision decision) {
        check(c, decision, List.of());
    }

    private static void check(PolicyCase c, Decision decision, List<String> contextRulesFired) {
        List<String> differences = c.differences(decision, contextRulesFired);
        if (!differences.isEmpty()) {
            throw new AssertionFailedError(c.location() + " " + c.name() + "\n  " + String.join("\n  ", differences)
                    + "\n  findings: " + describe(decision.findings()));
        }
    }

    static String describe(List<Finding> findings) {
        return findings.isEmpty() ? "none"
                : findings.stream().map(f -> f.verdict() + " " + f.actions() + " by \"" + f.rule() + "\"")
                        .collect(Collectors.joining("; "));
    }

    private static List<PolicyCase> read(List<Path> files) {
        CaseReader reader = new CaseReader(ItemReader.strict());
        List<PolicyCase> read = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                read.addAll(reader.read(file.getFileName().toString(), in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read case file " + file, e);
            }
        }
        return read;
    }

    private static String resource(String name) {
        try (InputStream in = PolicyCases.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (is policy-rules on it?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
