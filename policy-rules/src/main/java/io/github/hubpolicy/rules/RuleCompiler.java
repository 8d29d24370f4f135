package io.github.hubpolicy.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
 * Compiles rule files into a shareable rule base through the public KIE API, and checks what
 * the evaluator relies on: every rule names a catalog section (or a context) and its bullet.
 */
final class RuleCompiler {
    /** Where the MVEL analyser hides the real position inside its message. */
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    /** A package- or rule-level {@code dialect "mvel"} attribute, at the start of a line. */
    private static final Pattern MVEL_DIALECT = Pattern.compile("(?m)^([ \\t]*)dialect\\s+\"mvel\"");
    /** Where the DRL parser hides the column: {@code [ERR 102] Line 10:4 mismatched input}. */
    private static final Pattern PARSER_POSITION = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)");

    private RuleCompiler() {
    }

    /** A compiled rule set: the rule base and the digest of what it was compiled from. */
    record CompiledRules(KieBase kieBase, String digest, List<RuleInfo> rules) {
    }

    static CompiledRules compile(List<RuleFile> files, Catalog catalog, String settings) {
        List<RuleFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(RuleFile::path));

        List<RuleProblem> problems = new ArrayList<>();
        KieBase kieBase = PrebuiltModel.forFiles(ordered).orElseGet(() -> compileDrl(ordered));
        List<RuleInfo> rules = checkMetadata(kieBase, ordered, catalog, problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new CompiledRules(kieBase, digest(ordered, settings), rules);
    }

    /** Compiles the rule files with the DRL compiler (consequences by the Eclipse Java compiler). */
    private static KieBase compileDrl(List<RuleFile> ordered) {
        KieServices services = KieServices.Factory.get();
        // A unique release id per build: KieRepository is process-wide, and concurrent builds or
        // reloads under one id would clash or leak.
        ReleaseId releaseId = services.newReleaseId("io.github.hubpolicy.generated", "rules-" + UUID.randomUUID(), "1");
        KieFileSystem fileSystem = fileSystem(services, releaseId, ordered);
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : ordered) {
            checkDialect(file, problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problemOf(message, ordered).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(problems);
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

    /** The digest of the rule files alone (paths and contents, in path order), without settings. */
    static String filesDigest(List<RuleFile> files) {
        List<RuleFile> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(RuleFile::path));
        return digest(ordered, "");
    }

    private static java.util.Optional<RuleProblem> problemOf(Message message, List<RuleFile> files) {
        String text = message.getText().strip();
        // A parse error is always followed by this echo of itself.
        if (text.startsWith("Parser returned a null Package")) {
            return java.util.Optional.empty();
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
        return java.util.Optional.of(new RuleProblem(path, Math.max(line, 0), Math.max(column, 0),
                text.replaceAll("\\s*\\R\\s*", " ")));
    }

    private static List<RuleInfo> checkMetadata(KieBase kieBase, List<RuleFile> files, Catalog catalog,
                                                List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                RuleFile file = declaringFile(files, kiePackage.getName(), rule.getName());
                String path = file == null ? kiePackage.getName() : file.path();
                int line = file == null ? 0 : file.lineOf(rule.getName());
                Object section = meta.get("section");
                boolean context = meta.containsKey("context");
                if (section == null && !context) {
                    problems.add(new RuleProblem(path, line, 0,
                            "rule \"" + rule.getName() + "\" has no @section(\"...\") naming its catalog section"));
                } else if (section != null && !catalog.contains(section.toString())) {
                    problems.add(new RuleProblem(path, line, 0, "rule \"" + rule.getName() + "\" names section \""
                            + section + "\", which is not in the catalog " + catalog.sections()));
                } else if (section != null && !(meta.get("bullet") instanceof Integer bullet && bullet > 0)) {
                    problems.add(new RuleProblem(path, line, 0, "rule \"" + rule.getName()
                            + "\" has no @bullet(n): its position in the section (n >= 1), which orders findings"));
                }
                if (file != null) {
                    checkConsequence(file, line, rule.getName(), section != null, problems);
                }
                int bullet = meta.get("bullet") instanceof Integer n ? n : 0;
                String fingerprint = sha256(file == null ? rule.getName() : file.sourceOf(rule.getName()));
                rules.add(new RuleInfo(rule.getName(), section == null ? null : section.toString(), bullet, path, line,
                        fingerprint, false));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    /**
     * A section rule's consequence records a finding ({@code finding(...)...because(...)}); a
     * context rule's changes one ({@code modify}). Anything else would fire and leave no trace.
     */
    private static void checkConsequence(RuleFile file, int line, String rule, boolean sectionRule,
                                         List<RuleProblem> problems) {
        String consequence = file.consequenceOf(rule).replaceAll("\\s+", "");
        if (sectionRule && !(consequence.contains("finding(") && consequence.contains(".because("))) {
            problems.add(new RuleProblem(file.path(), line, 0, "rule \"" + rule
                    + "\" does not record a finding: its consequence must call finding( drools, ... ).because( ... )"));
        } else if (!sectionRule && !consequence.contains("modify(")) {
            problems.add(new RuleProblem(file.path(), line, 0, "context rule \"" + rule
                    + "\" changes no finding: its consequence must modify( $finding ) { ... }"));
        }
    }

    /**
     * Consequences in the MVEL dialect are not safe when one rule base serves many threads: in
     * Drools 10.2 our stress test (eight threads sharing an evaluator across reloads) saw one fail
     * with a {@code NullPointerException}, and Drools has had such races in MVEL consequences
     * (DROOLS-6432). MVEL would spare the Java compiler and halve a cold start, but thread safety
     * is the evaluator's contract.
     */
    private static void checkDialect(RuleFile file, List<RuleProblem> problems) {
        Matcher mvel = MVEL_DIALECT.matcher(file.content());
        while (mvel.find()) {
            int line = 1 + (int) file.content().substring(0, mvel.start()).chars().filter(c -> c == '\n').count();
            problems.add(new RuleProblem(file.path(), line, mvel.group(1).length(), "dialect \"mvel\" is not allowed:"
                    + " MVEL consequences are not thread-safe in Drools 10 (one evaluator serves many threads); use the default java dialect"));
        }
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

    /** {@code sha256:} over each file's path and content in path order, then the settings. */
    private static String digest(List<RuleFile> ordered, String settings) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : ordered) {
                sha.update(file.path().getBytes(StandardCharsets.UTF_8));
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
