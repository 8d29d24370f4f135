package io.github.hubpolicy.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles rule files into a shareable rule base through the public KIE API, after {@link
 * RuleLint} has checked what the evaluator relies on. Every problem of every file is collected
 * before the rule set is refused: lint problems, syntax errors and type errors alike.
 */
final class RuleCompiler {
    /** Where the MVEL analyser hides the real position inside its message. */
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    /** Where the DRL parser hides the column: {@code [ERR 102] Line 10:4 mismatched input}. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)");
    private static final Comparator<RuleProblem> FILE_ORDER = Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column);

    private RuleCompiler() {
    }

    /**
     * A compiled rule set: the rule base, the digest of what it was compiled from, its rules, the
     * item names they read, the item names an item may carry without a report (those read, the
     * catalog's and the directories' declared ones: a name the catalog knows is no typo), the
     * warnings the lint raised (which do not refuse it), and whether the rule base came from the
     * build's {@link PrebuiltModel} rather than from the DRL compiler.
     */
    record CompiledRules(KieBase kieBase, String digest, List<RuleInfo> rules, NamesRead namesRead,
                         NamesRead namesKnown, List<RuleProblem> warnings, boolean prebuilt) {
    }

    private static NamesRead known(NamesRead read, Vocabulary vocabulary) {
        Set<String> signals = new java.util.HashSet<>(read.signals());
        signals.addAll(vocabulary.signals());
        Set<String> capabilities = new java.util.HashSet<>(read.capabilities());
        capabilities.addAll(vocabulary.capabilities());
        return new NamesRead(signals, capabilities);
    }

    static CompiledRules compile(List<RuleFile> files, Catalog catalog, Vocabulary vocabulary, String settings) {
        List<RuleFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(RuleFile::name).thenComparing(RuleFile::path));

        // Exactly the bundled files: the build linted them (it refuses to prebuild files with any
        // problem) and recorded the names they read, so neither the parser nor the compiler runs.
        Optional<PrebuiltModel.Prebuilt> prebuilt = vocabulary.problems().isEmpty()
                ? PrebuiltModel.forFiles(ordered) : Optional.empty();
        if (prebuilt.isPresent()) {
            KieBase kieBase = prebuilt.get().kieBase();
            return new CompiledRules(kieBase, digest(ordered, settings), rules(kieBase, ordered),
                    prebuilt.get().namesRead(), known(prebuilt.get().namesRead(), vocabulary), List.of(), true);
        }
        RuleLint.Result lint = RuleLint.check(ordered, catalog, vocabulary);
        List<RuleProblem> problems = new ArrayList<>(lint.problems());
        // Type errors of every file that parsed, even when the lint already refused the set.
        List<RuleFile> parsed = ordered.stream().filter(f -> !lint.unparsed().contains(f.path())).toList();
        KieBase kieBase = parsed.isEmpty() ? null : compileDrl(parsed, problems);
        problems.sort(FILE_ORDER);
        if (kieBase == null || problems.stream().anyMatch(RuleProblem::isError)) {
            throw new RuleCompilationException(problems);
        }
        return new CompiledRules(kieBase, digest(ordered, settings), rules(kieBase, ordered), lint.namesRead(),
                known(lint.namesRead(), vocabulary), List.copyOf(problems), false);
    }

    /** Compiles the rule files with the DRL compiler; on errors adds them to {@code problems} and returns null. */
    private static KieBase compileDrl(List<RuleFile> ordered, List<RuleProblem> problems) {
        KieServices services = KieServices.Factory.get();
        // A unique release id per build: KieRepository is process-wide, and concurrent builds or
        // reloads under one id would clash or leak.
        ReleaseId releaseId = services.newReleaseId("io.github.hubpolicy.generated", "rules-" + UUID.randomUUID(), "1");
        KieFileSystem fileSystem = fileSystem(services, releaseId, ordered);
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        boolean failed = false;
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            failed = true;
            problemOf(message, ordered).filter(p -> !problems.contains(p)).ifPresent(problems::add);
        }
        if (failed || problems.stream().anyMatch(RuleProblem::isError)) {
            services.getRepository().removeKieModule(releaseId);
            return null;
        }
        KieContainer container = services.newKieContainer(releaseId);
        services.getRepository().removeKieModule(releaseId);
        return container.getKieBase();
    }

    /** A module of the rule files, each under its package folder, as the KIE builders read them. */
    static KieFileSystem fileSystem(KieServices services, ReleaseId releaseId, List<RuleFile> files) {
        KieFileSystem fileSystem = services.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            fileSystem.write("src/main/resources/" + file.kiePath(), file.content());
        }
        return fileSystem;
    }

    /** The digest of the rule files alone (names relative to their directory, and contents), without settings. */
    static String filesDigest(List<RuleFile> files) {
        List<RuleFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(RuleFile::name).thenComparing(RuleFile::path));
        return digest(ordered, "");
    }

    private static Optional<RuleProblem> problemOf(Message message, List<RuleFile> files) {
        String text = message.getText().strip();
        // A parse error is always followed by this echo of itself.
        // ... and RuleLint reports a duplicate name at the file that repeats it, not at the bundled one.
        if (text.startsWith("Parser returned a null Package") || text.startsWith("Duplicate rule name")) {
            return Optional.empty();
        }
        String kiePath = message.getPath() == null ? "?" : message.getPath().replaceFirst("^src/main/resources/", "");
        String path = files.stream().filter(f -> f.kiePath().equals(kiePath)).map(RuleFile::path).findFirst().orElse(kiePath);
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = MVEL_POSITION.matcher(text);
        Matcher parserPosition = PARSER_POSITION.matcher(text);
        if (column == 0 && position.find()) {
            column = Integer.parseInt(position.group(2));
        } else if (column == 0 && parserPosition.find() && Integer.parseInt(parserPosition.group(1)) == line) {
            column = Integer.parseInt(parserPosition.group(2));
        }
        return Optional.of(new RuleProblem(path, Math.max(line, 0), Math.max(column, 0),
                text.replaceAll("\\s*\\R\\s*", " ")));
    }

    /** The compiled rules with their metadata, in file and line order. */
    private static List<RuleInfo> rules(KieBase kieBase, List<RuleFile> files) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                RuleFile file = declaringFile(files, kiePackage.getName(), rule.getName());
                String path = file == null ? kiePackage.getName() : file.path();
                int line = file == null ? 0 : file.lineOf(rule.getName());
                Object section = meta.get("section");
                int bullet = meta.get("bullet") instanceof Integer n ? n : 0;
                String fingerprint = sha256(file == null ? rule.getName() : file.sourceOf(rule.getName()));
                rules.add(new RuleInfo(rule.getName(), section == null ? null : section.toString(), bullet, path, line,
                        fingerprint, false));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    /** The file declaring the rule: one in the package's folder first, else any (directory files may sit anywhere). */
    private static RuleFile declaringFile(List<RuleFile> files, String packageName, String ruleName) {
        String folder = packageName.replace('.', '/') + "/";
        RuleFile elsewhere = null;
        for (RuleFile file : files) {
            if (file.lineOf(ruleName) > 0) {
                if (file.path().startsWith(folder)) {
                    return file;
                }
                elsewhere = elsewhere == null ? file : elsewhere;
            }
        }
        return elsewhere;
    }

    /** {@code sha256:} of one text. */
    static String sha256(String text) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * {@code sha256:} over each file's name relative to its rule directory and its content, in name
     * order, then the settings: the same files give the same digest wherever they live.
     */
    private static String digest(List<RuleFile> ordered, String settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : ordered) {
                sha.update(file.name().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(settings.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
