package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evaluate FILE...}: one decision (or error record) per item, in input order. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Decides every item in the files, printing one decision per item in input order. " +
                "A file is JSON Lines (one item per line) or a JSON array; '-' reads standard input. " +
                "An item that cannot be read yields an error record in its place, naming its line, id and field; " +
                "the other items are still decided.",
        footer = {"", "The policy the rules encode: docs/policy/guidelines.md; the wire format of items and decisions: "
                + "docs/policy/item-format.md (in the repository, https://github.com/hubpolicy/hub-policy)."})
final class EvaluateCommand implements Callable<Integer> {
    enum Format { json, text, statement }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Item files (JSON Lines or a JSON array), or '-' for standard input.")
    private List<String> files;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json: one decision per line, as docs/policy/item-format.md specifies (default); text: a readable table; " +
                    "statement: one DSA statement of reasons per RESTRICT or REMOVE decision (needs --policy-url).")
    private Format format;

    @Option(names = "--lenient", description = "Tolerate unknown keys in items (unknown values are still errors).")
    private boolean lenient;

    @Mixin
    private RuleSetOptions ruleSet;

    @Option(names = "--strict-names",
            description = {"Refuse an item carrying a signal or capability no rule reads: an error record naming the field",
                    "instead of a decision. Without it such items are decided (the names are kept, as the catalog says)",
                    "and each name is reported once on standard error."})
    private boolean strictNames;

    @Mixin
    private TransparencyOptions transparency;

    @ParentCommand
    private PolicyCli cli;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String unreadableFile = InputFiles.problem(files);
        if (unreadableFile != null) {
            err.println("policy-cli evaluate: " + unreadableFile);
            return PolicyCli.EXIT_USAGE;
        }
        DroolsPolicyEvaluator evaluator;
        try {
            evaluator = ruleSet.builder().strictNames(strictNames)
                    .onUnreadName(name -> err.println("policy-cli evaluate: warning: " + SafeText.oneLine(name.message())
                            + "; the name is kept and not reported again"))
                    .build();
        } catch (RuleCompilationException | IllegalArgumentException e) {
            err.println("policy-cli evaluate: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        ItemReader reader = ItemReader.builder().lenient(lenient).build();
        DecisionPrinter printer;
        AuditLog audit;
        try {
            printer = switch (format) {
                case text -> new TextTable(out);
                case statement -> new StatementPrinter(out, transparency.statements());
                case json -> new JsonLines(out);
            };
            audit = transparency.openAudit();
        } catch (IllegalArgumentException | AuditLog.Failure e) {
            err.println("policy-cli evaluate: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        DecisionPrinter sink = new StopWhenOutputCloses(audit == null ? printer : new Audited(printer, audit), out);
        int[] unreadable = {0};
        try (AuditLog closing = audit) {
            String cannotRead = InputFiles.readItems(files, reader, cli.stdin(),
                    (file, record) -> unreadable[0] += decide(evaluator, file, record, sink, err));
            if (cannotRead != null) {
                err.println("policy-cli evaluate: " + cannotRead);
                return PolicyCli.EXIT_USAGE;
            }
        } catch (OutputClosed e) {
            return PolicyCli.EXIT_USAGE; // PolicyCli reports the closed output
        } catch (AuditLog.Failure e) {
            err.println("policy-cli evaluate: " + e.getMessage());
            return PolicyCli.EXIT_USAGE;
        }
        printer.finish();
        out.flush();
        return unreadable[0] == 0 ? PolicyCli.EXIT_OK : PolicyCli.EXIT_UNREADABLE_ITEMS;
    }

    /**
     * Decides every item of one input, in order: one printed record per item, a decision or an
     * error record (also reported on {@code err} as {@code name:line: id: error}).
     *
     * @return how many items could not be read
     */
    static int decideAll(PolicyEvaluator evaluator, ItemReader reader, String name, InputStream in, DecisionPrinter printer,
                         PrintWriter err) {
        int[] unreadable = {0};
        InputFiles.readItems(name, in, reader, (file, record) -> unreadable[0] += decide(evaluator, file, record, printer, err));
        return unreadable[0];
    }

    /** Prints the decision on one record, or its error record; returns 1 when it could not be read, else 0. */
    private static int decide(PolicyEvaluator evaluator, String file, ReadResult record, DecisionPrinter printer, PrintWriter err) {
        if (record instanceof ReadResult.Parsed parsed) {
            try {
                printer.decision(evaluator.evaluate(parsed.item()), parsed.item());
                return 0;
            } catch (InvalidItemException e) {
                // --strict-names: a name no rule reads makes the item unreadable for this rule set.
                record = new ReadResult.Unreadable(parsed.line(), parsed.item().id(), e.getMessage());
            }
        }
        ReadResult.Unreadable bad = (ReadResult.Unreadable) record;
        printer.unreadable(bad);
        err.println(InputFiles.located(file, bad));
        return 1;
    }

    /** Where decisions go, in one of the output formats. */
    interface DecisionPrinter {
        void decision(Decision decision, ContentItem item);

        void unreadable(ReadResult.Unreadable error);

        default void finish() {
        }
    }

    /**
     * Stops the run when standard output is closed (a pipe whose reader ended): deciding the rest
     * would be work nobody reads. {@link PrintWriter} keeps the failure, not the exception.
     */
    record StopWhenOutputCloses(DecisionPrinter printer, PrintWriter out) implements DecisionPrinter {
        @Override
        public void decision(Decision decision, ContentItem item) {
            printer.decision(decision, item);
            check();
        }

        @Override
        public void unreadable(ReadResult.Unreadable error) {
            printer.unreadable(error);
            check();
        }

        @Override
        public void finish() {
            printer.finish();
        }

        private void check() {
            if (out.checkError()) {
                throw new OutputClosed();
            }
        }
    }

    /** Standard output can no longer be written. */
    static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super("standard output is closed", null, false, false);
        }
    }

    /** Appends each decision to the audit log, then prints it. */
    record Audited(DecisionPrinter printer, AuditLog audit) implements DecisionPrinter {
        @Override
        public void decision(Decision decision, ContentItem item) {
            audit.append(decision, item);
            printer.decision(decision, item);
        }

        @Override
        public void unreadable(ReadResult.Unreadable error) {
            printer.unreadable(error);
        }

        @Override
        public void finish() {
            printer.finish();
        }
    }

    record JsonLines(PrintWriter out) implements DecisionPrinter {
        @Override
        public void decision(Decision decision, ContentItem item) {
            out.println(DecisionWriter.toJson(decision));
        }

        @Override
        public void unreadable(ReadResult.Unreadable error) {
            out.println(DecisionWriter.toJson(error));
        }
    }
}
