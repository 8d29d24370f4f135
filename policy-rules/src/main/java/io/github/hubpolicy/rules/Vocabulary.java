package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The signal and capability names a rule may read: the catalog's (guidelines.md section 5 for
 * signals, item-format.md for capabilities) and those a rule directory declares for its own rules
 * in a {@value #FILE} file at its top:
 *
 * <pre>
 * # signals and capabilities our own rules read, besides the catalog's
 * signals = toxicity, self-harm/intent
 * capabilities = music-generation
 * </pre>
 *
 * A name a rule reads that is neither is an error: {@code likely("hat")} is always false.
 */
final class Vocabulary {
    /** The declaration file's name in a rule directory. */
    static final String FILE = "names.properties";
    /** The capabilities item-format.md names; the field is an open set, so directories may declare more. */
    static final Set<String> CATALOG_CAPABILITIES = Set.of("face-swap", "voice-clone", "undress", "image-generation",
            "text-generation");
    /** A name as items can carry it: no blanks, no quotes, no commas. */
    private static final Pattern NAME = Pattern.compile("[^\\s\",]+");

    private final Set<String> signals;
    private final Set<String> capabilities;
    private final List<RuleProblem> problems;

    private Vocabulary(Set<String> signals, Set<String> capabilities, List<RuleProblem> problems) {
        this.signals = signals;
        this.capabilities = capabilities;
        this.problems = List.copyOf(problems);
    }

    /** The catalog's names only. */
    static Vocabulary catalog() {
        return of(List.of());
    }

    /** The catalog's names and those the directories declare in their {@value #FILE}. */
    static Vocabulary of(List<Path> directories) {
        Set<String> signals = new TreeSet<>();
        for (Signal signal : Signal.values()) {
            signals.add(signal.wireName());
        }
        Set<String> capabilities = new TreeSet<>(CATALOG_CAPABILITIES);
        List<RuleProblem> problems = new ArrayList<>();
        for (Path directory : directories) {
            Path file = directory.resolve(FILE);
            if (Files.isRegularFile(file)) {
                read(file, FILE, signals, capabilities, problems);
            }
        }
        return new Vocabulary(signals, capabilities, problems);
    }

    private static void read(Path file, String name, Set<String> signals, Set<String> capabilities,
                             List<RuleProblem> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            Set<String> into = switch (key) {
                case "signals" -> signals;
                case "capabilities" -> capabilities;
                default -> null;
            };
            if (equals < 0 || into == null) {
                problems.add(new RuleProblem(name, i + 1, 0, "expected 'signals = a, b' or 'capabilities = c, d', found '"
                        + line + "'"));
                continue;
            }
            for (String value : line.substring(equals + 1).split(",")) {
                String declared = value.strip();
                if (NAME.matcher(declared).matches()) {
                    into.add(declared);
                } else if (!declared.isEmpty()) {
                    problems.add(new RuleProblem(name, i + 1, 0, "'" + declared + "' is not a name (no blanks or quotes)"));
                }
            }
        }
    }

    Set<String> signals() {
        return signals;
    }

    Set<String> capabilities() {
        return capabilities;
    }

    /** Problems in the declaration files (a key that is neither signals nor capabilities). */
    List<RuleProblem> problems() {
        return problems;
    }
}
