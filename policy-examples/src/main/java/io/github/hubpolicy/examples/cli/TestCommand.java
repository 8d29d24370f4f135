package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleInfo;
import io.github.hubpolicy.api.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test CASES...}: run case files against a rule set, optionally with coverage per section and rule. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs case files (JSON Lines: an item and the expected verdict, sections, actions, rules that " +
                "must fire and near misses that must not) and prints PASS or FAIL per case with what differed, " +
                "then 'N passed, M failed'; --junit-xml also writes the results for a CI server.")
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOptions ruleSet;

    @Parameters(arity = "1..*", paramLabel = "CASES", description = "Case files (*.cases.jsonl).")
    private List<Path> caseFiles;

    @Option(names = "--coverage", description = "Report, per catalog section and per rule, how many cases made it fire.")
    private boolean coverage;

    @Option(names = "--quiet", description = "Print only failures and the summary.")
    private boolean quiet;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Also write the results as JUnit XML to FILE (one testsuite per case file, one testcase per "
                    + "case, a failure listing what differed), for CI servers.")
    private Path junitXml;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<PolicyCase> cases = new ArrayList<>();
        CaseReader reader = new CaseReader(ItemReader.strict());
        String unreadableFile = InputFiles.problem(caseFiles);
        if (unreadableFile != null) {
            err.println("policy-cli test: " + unreadableFile);
            return PolicyCli.EXIT_USAGE;
        }
        for (Path file : caseFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                cases.addAll(reader.read(file.toString(), in));
            } catch (IOException e) {
                err.println("policy-cli test: " + InputFiles.cannotRead(file.toString(), e));
                return PolicyCli.EXIT_USAGE;
            } catch (CaseReader.CaseFileException e) {
                err.println("policy-cli test: " + SafeText.oneLine(e.getMessage()));
                return PolicyCli.EXIT_USAGE;
            }
        }
        DroolsPolicyEvaluator evaluator;
        try {
            evaluator = ruleSet.builder().build();
        } catch (RuleCompilationException | IllegalArgumentException e) {
            err.println("policy-cli test: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        Map<String, Integer> firedBy = new LinkedHashMap<>();
        evaluator.rules().forEach(rule -> firedBy.put(rule.name(), 0));
        java.util.Set<String> contextRules = new java.util.HashSet<>();
        evaluator.rules().stream().filter(r -> r.section() == null).forEach(r -> contextRules.add(r.name()));
        int passed = 0;
        int failed = 0;
        JunitReport junit = new JunitReport();
        for (PolicyCase c : cases) {
            long started = System.nanoTime();
            Trace trace = evaluator.trace(c.item());
            Decision decision = trace.decision();
            // Section rules count when their finding stands; context rules when they fired.
            decision.findings().stream().map(Finding::rule).distinct().forEach(rule -> firedBy.merge(rule, 1, Integer::sum));
            trace.firedRules().stream().filter(contextRules::contains).forEach(rule -> firedBy.merge(rule, 1, Integer::sum));
            List<String> differences = c.differences(decision,
                    trace.firedRules().stream().filter(contextRules::contains).toList());
            junit.add(c, differences, System.nanoTime() - started);
            if (differences.isEmpty()) {
                passed++;
                if (!quiet) {
                    out.printf("PASS %s %s%n", c.location(), c.name());
                }
            } else {
                failed++;
                out.printf("FAIL %s %s%n", c.location(), c.name());
                differences.forEach(d -> out.printf("     %s%n", d));
            }
        }
        if (coverage) {
            printCoverage(out, evaluator.rules(), firedBy);
        }
        out.printf("%d passed, %d failed%n", passed, failed);
        if (junitXml != null) {
            try {
                junit.write(junitXml, evaluator.policy().rules());
            } catch (IOException e) {
                err.println("policy-cli test: cannot write " + junitXml + ": " + e.getMessage());
                return PolicyCli.EXIT_USAGE;
            }
        }
        return failed == 0 ? PolicyCli.EXIT_OK : PolicyCli.EXIT_CHECKS_FAILED;
    }

    private static void printCoverage(PrintWriter out, List<RuleInfo> rules, Map<String, Integer> firedBy) {
        out.println();
        out.println("Coverage by section (cases in which a rule of the section fired):");
        Map<String, List<RuleInfo>> bySection = new LinkedHashMap<>();
        PolicySections.all().forEach(section -> bySection.put(section.id(), new ArrayList<>()));   // catalog order
        for (RuleInfo rule : rules) {
            bySection.computeIfAbsent(rule.section() == null ? "(context)" : rule.section(), s -> new ArrayList<>()).add(rule);
        }
        List<String> silentRules = new ArrayList<>();
        List<String> silentSections = new ArrayList<>();
        int covered = 0;
        for (Map.Entry<String, List<RuleInfo>> section : bySection.entrySet()) {
            int sectionCases = 0;
            int sectionCovered = 0;
            for (RuleInfo rule : section.getValue()) {
                int count = firedBy.getOrDefault(rule.name(), 0);
                sectionCases += count;
                if (count > 0) {
                    sectionCovered++;
                } else {
                    silentRules.add(rule.name());
                }
            }
            covered += sectionCovered;
            if (section.getValue().isEmpty()) {
                silentSections.add(section.getKey() + " (no rule)");
                continue;
            }
            out.printf("  %-24s %3d/%-3d rules fired  %4d firings%n", section.getKey(), sectionCovered,
                    section.getValue().size(), sectionCases);
            if (sectionCovered == 0 && !section.getKey().equals("(context)")) {
                silentSections.add(section.getKey());
            }
            for (RuleInfo rule : section.getValue()) {
                out.printf("      %4d  %s%n", firedBy.getOrDefault(rule.name(), 0), rule.name());
            }
        }
        out.printf("Rules fired by some case: %d of %d (%.0f%%)%n", covered, rules.size(),
                rules.isEmpty() ? 100.0 : 100.0 * covered / rules.size());
        if (!silentRules.isEmpty()) {
            out.println("Rules no case fires:");
            silentRules.forEach(r -> out.println("  " + r));
        }
        if (!silentSections.isEmpty()) {
            out.println("Sections with no case: " + String.join(", ", silentSections));
        }
    }
}
