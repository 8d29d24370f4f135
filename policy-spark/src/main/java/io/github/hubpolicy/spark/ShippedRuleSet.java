package io.github.hubpolicy.spark;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.EmergencyBrake;
import io.github.hubpolicy.rules.FailureMode;
import io.github.hubpolicy.rules.Limits;
import io.github.hubpolicy.rules.Thresholds;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A rule set as data: the {@code .drl} files the driver read from the directories the host
 * trusts (names and contents), and every setting that can change a decision. It is what the job
 * broadcasts; executors build their evaluator from it ({@link #build}), never from a path of their
 * own and never from anything in an item.
 *
 * @param bundled     whether the bundled rule files are compiled too
 * @param directories each rule directory's files, in the order given (a file replaces its namesake)
 */
record ShippedRuleSet(boolean bundled, List<List<ShippedFile>> directories, Settings settings) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One rule file: its path relative to its directory, as problems name it, and its bytes. */
    record ShippedFile(String path, byte[] content) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The settings of {@link DroolsPolicyEvaluator.Builder} that the rule-set digest covers. */
    record Settings(double likely, double possible, String phoneRegion, boolean researchContext, FailureMode failureMode,
                    ShippedLimits limits, List<String> disabledRules) implements Serializable {
        private static final long serialVersionUID = 1L;

        static final Settings DEFAULT = new Settings(Thresholds.DEFAULT.likely(), Thresholds.DEFAULT.possible(), "US", true,
                FailureMode.CLOSED, ShippedLimits.of(Limits.DEFAULT), List.of());

        Settings {
            disabledRules = List.copyOf(disabledRules);
        }
    }

    /** {@link Limits} as serializable data. */
    record ShippedLimits(int maxTextChars, int maxTags, int maxFiles, int maxPeople, int maxReports,
                         int maxPickleImportsPerFile) implements Serializable {
        private static final long serialVersionUID = 1L;

        static ShippedLimits of(Limits l) {
            return new ShippedLimits(l.maxTextChars(), l.maxTags(), l.maxFiles(), l.maxPeople(), l.maxReports(),
                    l.maxPickleImportsPerFile());
        }

        Limits limits() {
            return new Limits(maxTextChars, maxTags, maxFiles, maxPeople, maxReports, maxPickleImportsPerFile);
        }
    }

    ShippedRuleSet {
        directories = directories.stream().map(List::copyOf).toList();
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * Reads the {@code .drl} files under each directory, on the driver, as {@code
     * DroolsPolicyEvaluator.Builder#ruleDirectory} would.
     *
     * @throws IllegalArgumentException when a directory does not exist
     */
    static ShippedRuleSet read(boolean bundled, List<Path> directories, Settings settings) {
        List<List<ShippedFile>> shipped = new ArrayList<>();
        for (Path directory : directories) {
            shipped.add(readDirectory(directory));
        }
        return new ShippedRuleSet(bundled, shipped, settings);
    }

    private static List<ShippedFile> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("rule directory " + directory + " does not exist or is not a directory");
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            List<ShippedFile> files = new ArrayList<>();
            for (Path path : paths.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                files.add(new ShippedFile(directory.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule directory " + directory, e);
        }
    }

    /**
     * What identifies this rule set before it is compiled: SHA-256 over the files (names and
     * bytes, in order) and the settings. The key of the per-JVM evaluator holder.
     */
    String key() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((bundled + "\n" + settings + "\n").getBytes(StandardCharsets.UTF_8));
            for (List<ShippedFile> directory : directories) {
                sha.update(("dir " + directory.size() + "\n").getBytes(StandardCharsets.UTF_8));
                for (ShippedFile file : directory) {
                    sha.update((file.path() + "\n" + file.content().length + "\n").getBytes(StandardCharsets.UTF_8));
                    sha.update(file.content());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Builds the evaluator: writes the files under {@code root} (one folder per directory, the
     * files' relative paths kept, so problems and the rule-set digest read as on the driver) and
     * compiles them. The emergency brake is off: a batch job re-decides with a fixed rule set,
     * and a brake that trips in one executor and not another would make the output depend on
     * partitioning.
     *
     * @throws io.github.hubpolicy.rules.RuleCompilationException listing every problem as {@code file:line:column: message}
     */
    DroolsPolicyEvaluator build(Path root) {
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder()
                .bundledRules(bundled)
                .thresholds(new Thresholds(settings.likely(), settings.possible()))
                .phoneRegion(settings.phoneRegion())
                .researchContext(settings.researchContext())
                .failureMode(settings.failureMode())
                .limits(settings.limits().limits())
                .disabledRules(settings.disabledRules())
                .emergencyBrake(EmergencyBrake.OFF);
        try {
            for (int i = 0; i < directories.size(); i++) {
                Path directory = root.resolve(String.valueOf(i));
                for (ShippedFile file : directories.get(i)) {
                    Path target = directory.resolve(file.path()).normalize();
                    if (!target.startsWith(directory)) {
                        throw new IllegalArgumentException("rule file " + file.path() + " lies outside its directory");
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.content());
                }
                Files.createDirectories(directory);
                builder.ruleDirectory(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule files under " + root, e);
        }
        return builder.build();
    }
}
