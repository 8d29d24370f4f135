package io.github.hubpolicy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.DiffReport;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diff --base DIR|bundled --candidate DIR ITEMS...}: a shadow run of a candidate rule set.
 * The rule-set options (settings, shared {@code --rules} directories, disabled rules) apply to
 * both sides, so that the diff reproduces the host's settings and shows only what the candidate's
 * files change.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Decides the same items with a base and a candidate rule set and reports every item whose verdict, "
                + "actions or sections changed, grouped by section with counts (hate: 12 items LABEL→REMOVE). Each side "
                + "is the bundled rules, then the --rules directories, then its own directory (a file replaces its "
                + "namesake); every other rule-set option (thresholds, limits, failure mode, disabled rules, ...) applies "
                + "to both sides, so the diff shows only what the candidate's files change.")
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--base", required = true, paramLabel = "DIR|bundled",
            description = "The rule set in service: 'bundled' (no directory of its own), or a rule directory.")
    private String base;

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The candidate rule directory.")
    private Path candidate;

    @Parameters(arity = "1..*", paramLabel = "ITEMS", description = "Item files (JSON Lines or a JSON array), or '-' for standard input.")
    private List<String> itemFiles;

    @Option(names = "--lenient", description = "Tolerate unknown keys in items.")
    private boolean lenient;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text: the changes grouped by section, then item by item (default); json: one JSON object with "
                    + "both rule sets, the counts, the groups, and each changed item's two decisions.")
    private Format format;

    @Mixin
    private RuleSetOptions ruleSet;

    @ParentCommand
    private PolicyCli cli;

    /** An item that could not be read, reported with the changes. */
    private record Unreadable(String file, ReadResult.Unreadable error) {
        String located() {
            return InputFiles.located(file, error);
        }
    }

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
            DroolsPolicyEvaluator.Builder baseBuilder = ruleSet.builder();
            if (!base.equals("bundled")) {
                baseBuilder.ruleDirectory(Path.of(base));
            }
            baseRules = baseBuilder.build();
            candidateRules = ruleSet.builder().ruleDirectory(candidate).build();
        } catch (RuleCompilationException | IllegalArgumentException e) {
            err.println("policy-cli diff: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        ItemReader reader = ItemReader.builder().lenient(lenient).build();
        List<DecisionChange> changes = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        int[] decided = {0};
        String cannotRead = InputFiles.readItems(itemFiles, reader, cli.stdin(), (file, record) -> {
            if (record instanceof ReadResult.Parsed parsed) {
                decided[0]++;
                Decision before = baseRules.evaluate(parsed.item());
                Decision after = candidateRules.evaluate(parsed.item());
                DecisionChange.between(before, after).ifPresent(changes::add);
            } else if (record instanceof ReadResult.Unreadable bad) {
                unreadable.add(new Unreadable(file, bad));
            }
        });
        if (cannotRead != null) {
            err.println("policy-cli diff: " + cannotRead);
            return PolicyCli.EXIT_USAGE;
        }
        DiffReport.Tally tally = new DiffReport.Tally();
        changes.forEach(tally::add);
        List<DiffReport.SectionCount> groups = tally.sections();
        if (format == Format.json) {
            out.println(json(baseRules.policy(), candidateRules.policy(), groups, changes, unreadable, decided[0]));
        } else {
            text(out, groups, changes, unreadable, decided[0]);
        }
        out.flush();
        if (!changes.isEmpty()) {
            return PolicyCli.EXIT_CHECKS_FAILED;
        }
        return unreadable.isEmpty() ? PolicyCli.EXIT_OK : PolicyCli.EXIT_UNREADABLE_ITEMS;
    }

    private void text(PrintWriter out, List<DiffReport.SectionCount> groups, List<DecisionChange> changes,
                      List<Unreadable> unreadable, int decided) {
        // The lines are DiffReport's, shared with the Spark diff job so that both reports read the same.
        out.println(DiffReport.header(base, candidate.toString()));
        groups.forEach(group -> out.println(DiffReport.section(group)));
        changes.forEach(change -> out.println(DiffReport.change(change)));
        unreadable.forEach(bad -> out.println(bad.located()));
        out.println(DiffReport.footer(changes.size(), decided, unreadable.size()));
    }

    private String json(PolicyId basePolicy, PolicyId candidatePolicy, List<DiffReport.SectionCount> groups,
                        List<DecisionChange> changes, List<Unreadable> unreadable, int decided) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = mapper.createObjectNode();
        report.set("base", side(mapper, base, basePolicy));
        report.set("candidate", side(mapper, candidate.toString(), candidatePolicy));
        report.put("decided", decided);
        report.put("changed", changes.size());
        report.put("unreadable", unreadable.size());
        ArrayNode sections = report.putArray("sections");
        groups.forEach(group -> sections.addObject().put("section", group.section())
                .put("from", group.from() == null ? null : group.from().name())
                .put("to", group.to() == null ? null : group.to().name())
                .put("items", (int) group.items()));
        ArrayNode items = report.putArray("items");
        try {
            for (DecisionChange change : changes) {
                ObjectNode item = items.addObject().put("id", change.id());
                ArrayNode changed = item.putArray("sections");
                change.sections().forEach(s -> changed.addObject().put("section", s.section())
                        .put("from", s.from() == null ? null : s.from().name())
                        .put("to", s.to() == null ? null : s.to().name()));
                item.set("base", mapper.readTree(DecisionWriter.toJson(change.base())));
                item.set("candidate", mapper.readTree(DecisionWriter.toJson(change.candidate())));
            }
            ArrayNode errors = report.putArray("errors");
            unreadable.forEach(bad -> errors.addObject().put("file", bad.file()).put("line", bad.error().line())
                    .put("id", bad.error().id()).put("error", bad.error().error()));
            return mapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode side(ObjectMapper mapper, String rules, PolicyId policy) {
        ObjectNode side = mapper.createObjectNode().put("rules", rules);
        side.putObject("policy").put("version", policy.version()).put("rules", policy.rules());
        return side;
    }
}
