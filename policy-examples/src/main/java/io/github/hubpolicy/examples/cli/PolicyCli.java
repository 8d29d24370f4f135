package io.github.hubpolicy.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy-cli} command: decides content items with the bundled rules, and runs the
 * policy authors' checks. Every command shares one exit-status table ({@link #EXIT_STATUS}).
 */
@Command(name = "policy-cli", mixinStandardHelpOptions = true, versionProvider = PolicyCli.Version.class,
        description = "Decides content items against the hub's content guidelines (policy 2023-08-30).",
        subcommands = {EvaluateCommand.class, SectionsCommand.class, ValidateCommand.class, TestCommand.class, DiffCommand.class,
                GenerateCommand.class, BenchCommand.class, ServiceCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status (every command):%n")
public final class PolicyCli {
    static final int EXIT_OK = 0;
    /** Checks failed: validate found a problem, a test case failed, diff saw a decision change. */
    static final int EXIT_CHECKS_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_UNREADABLE_ITEMS = 3;
    /** {@code service}: the decision service could not be reached or refused the request. */
    static final int EXIT_SERVICE = 4;

    /** The one exit-status table, shown by the top-level help and by every command's help. */
    static final Map<String, String> EXIT_STATUS = exitStatus();

    /** libphonenumber logs a harmless java.util.logging warning on first use; users need not see it. */
    private static final Logger PHONE_LIBRARY_LOG = Logger.getLogger("com.google.i18n.phonenumbers");

    /** What {@code -} reads. */
    private final InputStream stdin;

    private PolicyCli(InputStream stdin) {
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        // Straight to the file descriptor: System.out would swallow the error of a closed pipe.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(System.in, out, err, args));
    }

    /** Runs the tool as {@code main} would, writing to the given streams and returning its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** Runs the tool as {@code main} would, {@code -} reading {@code stdin}. */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        PHONE_LIBRARY_LOG.setLevel(Level.SEVERE);
        CommandLine commandLine = new CommandLine(new PolicyCli(stdin));
        // Help is wrapped once, by picocli, at the terminal's width (80 columns when it cannot tell).
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.getCommandSpec().usageMessage().exitCodeList(EXIT_STATUS);
        showExitStatus(commandLine.getSubcommands().values());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> EXIT_USAGE);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("policy-cli: " + e.getMessage());
            return EXIT_USAGE;
        });
        int exit = commandLine.execute(args);
        if (out.checkError()) {
            err.println("policy-cli: cannot write to standard output: it was closed before the output was complete");
            return EXIT_USAGE;
        }
        return exit;
    }

    /** Every command's help, nested ones included, ends with the one exit-status table. */
    private static void showExitStatus(java.util.Collection<CommandLine> commands) {
        for (CommandLine sub : commands) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(EXIT_STATUS);
            showExitStatus(sub.getSubcommands().values());
        }
    }

    /** What {@code -} reads. */
    InputStream stdin() {
        return stdin;
    }

    private static Map<String, String> exitStatus() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put(" " + EXIT_OK, "ok: every item decided, every check passed, no decision changed");
        table.put(" " + EXIT_CHECKS_FAILED, "checks failed: validate found a problem, a test case failed, or diff saw a "
                + "decision change");
        table.put(" " + EXIT_USAGE, "usage error: bad option, unreadable file, rule files that do not compile "
                + "(validate reports those with 1), or standard output closed before the output was complete");
        table.put(" " + EXIT_UNREADABLE_ITEMS, "some items could not be read; the others were decided and reported "
                + "(1 wins when both apply)");
        table.put(" " + EXIT_SERVICE, "service: the decision service could not be reached, or refused the request "
                + "(the reason is on standard error)");
        return Collections.unmodifiableMap(table);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PolicyCli.class.getPackage().getImplementationVersion();
            return new String[] {"policy-cli " + (version == null ? "(development build)" : version)
                    + ", policy 2023-08-30"};
        }
    }
}
