package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.SafeText;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff --base DIR|bundled --candidate DIR ITEMS...}: a shadow run of a candidate rule set. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Decides the same items with a base and a candidate rule set and reports every item whose",
                "verdict, actions or sections changed, grouped by section with counts (hate: 12 items LABEL→REMOVE).",
                "A rule directory is compiled over the bundled rules (its files replace their bundled namesakes).",
                "Exit status 0 when nothing changed, 1 when something did (so it can gate a policy change in CI),",
                "2 for usage errors, 3 when nothing changed but some items could not be read."})
final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "DIR|bundled",
            description = "The rule set in service: 'bundled', or a rule directory over the bundled rules.")
    private String base;

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The candidate rule directory, over the bundled rules.")
    private Path candidate;

    @Parameters(arity = "1..*", paramLabel = "ITEMS", description = "Item files (JSON Lines or a JSON array).")
    private List<Path> itemFiles;

    @Option(names = "--lenient", description = "Tolerate unknown keys in items.")
    private boolean lenient;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String unreadableFile = InputFiles.problem(itemFiles);
        if (unreadableFile != null) {
            err.println("policy-cli diff: " + unreadableFile);
            return PolicyCli.EXIT_USAGE;
        }
        DroolsPolicyEvaluator baseRules;
        DroolsPolicyEvaluator candidateRules;
        try {
            DroolsPolicyEvaluator.Builder baseBuilder = DroolsPolicyEvaluator.builder();
            if (!base.equals("bundled")) {
                baseBuilder.ruleDirectory(Path.of(base));
            }
            baseRules = baseBuilder.build();
            candidateRules = DroolsPolicyEvaluator.builder().ruleDirectory(candidate).build();
        } catch (RuleCompilationException | IllegalArgumentException e) {
            err.println("policy-cli diff: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        ItemReader reader = ItemReader.builder().lenient(lenient).build();
        List<DecisionChange> changes = new ArrayList<>();
        int[] counts = {0, 0};   // decided, unreadable
        for (Path file : itemFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(in, result -> {
                    if (result instanceof ReadResult.Parsed parsed) {
                        counts[0]++;
                        Decision before = baseRules.evaluate(parsed.item());
                        Decision after = candidateRules.evaluate(parsed.item());
                        DecisionChange.between(before, after).ifPresent(changes::add);
                    } else if (result instanceof ReadResult.Unreadable bad) {
                        counts[1]++;
                        err.println(SafeText.oneLine(file + ":" + bad.line() + ": " + bad.error()));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                err.println("policy-cli diff: " + InputFiles.cannotRead(file.toString(), e));
                return PolicyCli.EXIT_USAGE;
            }
        }
        report(out, changes, counts[0]);
        if (!changes.isEmpty()) {
            return 1;
        }
        return counts[1] == 0 ? 0 : PolicyCli.EXIT_UNREADABLE_ITEMS;
    }

    private void report(PrintWriter out, List<DecisionChange> changes, int decided) {
        out.printf("base %s, candidate %s%n", base, candidate);
        Map<String, Integer> bySection = new TreeMap<>();
        for (DecisionChange change : changes) {
            for (DecisionChange.SectionChange section : change.sections()) {
                bySection.merge(section.section() + ": " + "%d item%s " + section.transition(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> group : bySection.entrySet()) {
            out.println(group.getKey().formatted(group.getValue(), group.getValue() == 1 ? "" : "s"));
        }
        for (DecisionChange change : changes) {
            out.printf("  %s: %s %s -> %s %s%n", SafeText.oneLine(change.id()), change.base().verdict(), change.base().actions(),
                    change.candidate().verdict(), change.candidate().actions());
        }
        out.printf("%d of %d items changed%n", changes.size(), decided);
    }
}
