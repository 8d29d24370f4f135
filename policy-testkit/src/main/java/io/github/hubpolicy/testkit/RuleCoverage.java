package io.github.hubpolicy.testkit;

import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Trace;
import io.github.hubpolicy.json.PolicyCase;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * How well a set of cases pins a rule set: the check this project applies to its own rules, for a
 * host's rule directory in one call.
 *
 * <pre>{@code
 * @Test
 * void everyRuleOfMineFiresAndHasANearMiss() {
 *     RuleCoverage.of(Path.of("src/main/policy")).assertComplete();
 * }
 * }</pre>
 *
 * <p>A rule that records findings (one with a {@code @section}) is covered when some case's
 * decision has a finding by it, and has a near miss when some case names it in {@code notRules}
 * and its decision has no finding by it. A context rule (no {@code @section}: it changes findings
 * rather than records them) is held to the same bar, read from the evaluator's trace: it is covered
 * when it fires in some case, and has a near miss when some case names it in {@code notRules} and
 * it does not fire there. A section is without cases when no case expects it.
 *
 * @param rules                 the names of the rules counted, in file and line order
 * @param cases                 how many cases were decided
 * @param neverFired            rules no case fires
 * @param withoutNearMiss       rules no case pins as a near miss
 * @param sectionsWithoutCases  sections of the counted rules that no case expects
 */
public record RuleCoverage(List<String> rules, int cases, List<String> neverFired, List<String> withoutNearMiss,
                           List<String> sectionsWithoutCases) {
    /** Copies the lists. */
    public RuleCoverage {
        rules = List.copyOf(rules);
        neverFired = List.copyOf(neverFired);
        withoutNearMiss = List.copyOf(withoutNearMiss);
        sectionsWithoutCases = List.copyOf(sectionsWithoutCases);
    }

    /**
     * The coverage of a host's rule directory by the case files in it: the bundled rules with the
     * directory's {@code .drl} files on top decide the directory's cases, and the rules counted
     * are those declared in the directory's files.
     */
    public static RuleCoverage of(Path ruleDirectory) {
        Set<String> files = new HashSet<>();
        try (Stream<Path> paths = Files.walk(ruleDirectory)) {
            paths.filter(p -> p.toString().endsWith(".drl"))
                    .forEach(p -> files.add(ruleDirectory.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule directory " + ruleDirectory, e);
        }
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(ruleDirectory).build();
        return of(evaluator, PolicyCases.in(ruleDirectory).cases(), rule -> files.contains(rule.file()));
    }

    /** The coverage of the bundled rules by the bundled case files. */
    public static RuleCoverage bundled() {
        return of(DroolsPolicyEvaluator.builder().build(), PolicyCases.bundled().cases(), rule -> true);
    }

    /**
     * The coverage of the rules of {@code evaluator} that {@code counted} accepts by these cases.
     */
    public static RuleCoverage of(DroolsPolicyEvaluator evaluator, List<PolicyCase> cases, Predicate<RuleInfo> counted) {
        List<RuleInfo> rules = evaluator.rules().stream().filter(counted).toList();
        Set<String> contextRules = rules.stream().filter(r -> r.section() == null).map(RuleInfo::name).collect(Collectors.toSet());
        Set<String> fired = new HashSet<>();
        Set<String> nearMisses = new HashSet<>();
        Set<String> expectedSections = new HashSet<>();
        for (PolicyCase c : cases) {
            Trace trace = evaluator.trace(c.item());
            // A section rule counts when its finding stands; a context rule when it fired.
            Set<String> firedHere = trace.decision().findings().stream().map(Finding::rule).collect(Collectors.toSet());
            trace.firedRules().stream().filter(contextRules::contains).forEach(firedHere::add);
            fired.addAll(firedHere);
            c.notRules().stream().filter(r -> !firedHere.contains(r)).forEach(nearMisses::add);
            expectedSections.addAll(c.sections());
        }
        List<String> names = rules.stream().map(RuleInfo::name).toList();
        Set<String> sections = rules.stream().map(RuleInfo::section).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new RuleCoverage(names, cases.size(),
                names.stream().filter(r -> !fired.contains(r)).toList(),
                names.stream().filter(r -> !nearMisses.contains(r)).toList(),
                sections.stream().filter(s -> !expectedSections.contains(s)).toList());
    }

    /** Whether every rule fires in some case and has a near miss, and every section has a case. */
    public boolean complete() {
        return neverFired.isEmpty() && withoutNearMiss.isEmpty() && sectionsWithoutCases.isEmpty();
    }

    /**
     * Fails unless {@link #complete()}.
     *
     * @throws AssertionFailedError listing every rule and section that lacks a case
     */
    public void assertComplete() {
        if (complete()) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        neverFired.forEach(r -> gaps.add("no case fires rule \"" + r + "\""));
        withoutNearMiss.forEach(r -> gaps.add("no near miss (notRules) for rule \"" + r + "\""));
        sectionsWithoutCases.forEach(s -> gaps.add("no case expects section " + s));
        throw new AssertionFailedError("coverage of " + rules.size() + " rules by " + cases + " cases is incomplete:\n  "
                + String.join("\n  ", gaps));
    }
}
