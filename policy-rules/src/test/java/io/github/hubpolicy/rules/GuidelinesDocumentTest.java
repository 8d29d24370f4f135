package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every name the rules and the API use is one docs/policy/guidelines.md (the policy owner's text,
 * shipped in the repository) defines: section ids, signal names, actions and verdicts.
 */
class GuidelinesDocumentTest {
    static final Path GUIDELINES = Path.of("../docs/policy/guidelines.md");
    private static final Pattern SECTION = Pattern.compile("@section\\(\"([^\"]+)\"\\)");
    private static final Pattern SIGNAL = Pattern.compile("(?:likely|possible|possibleBand)\\(\"([^\"]+)\"\\)");

    private static boolean names(String document, String name) {
        return Pattern.compile("(?<![\\w/.-])" + Pattern.quote(name) + "(?![\\w/-])").matcher(document).find();
    }

    @Test
    void everySectionAndSignalOfTheRuleFilesIsInTheGuidelines() throws IOException {
        String document = Files.readString(GUIDELINES);
        Set<String> sections = new TreeSet<>(Catalog.bundled().sections());
        Set<String> signals = new TreeSet<>();
        for (RuleFile file : BundledRules.load()) {
            collect(SECTION.matcher(file.content()), sections);
            collect(SIGNAL.matcher(file.content()), signals);
        }
        assertThat(sections).hasSizeGreaterThan(10);
        assertThat(signals).hasSizeGreaterThan(5);

        assertThat(sections).as("section ids missing from %s", GUIDELINES).allMatch(s -> names(document, s));
        assertThat(signals).as("signals read by the rules missing from %s", GUIDELINES).allMatch(s -> names(document, s));
    }

    @Test
    void everySignalActionAndVerdictOfTheApiIsInTheGuidelines() throws IOException {
        String document = Files.readString(GUIDELINES);
        assertThat(Arrays.stream(Signal.values()).map(Signal::wireName)).as("signals").allMatch(s -> names(document, s));
        assertThat(Arrays.stream(Action.values()).map(Action::name)).as("actions").allMatch(a -> names(document, a));
        assertThat(Arrays.stream(Verdict.values()).map(Verdict::name)).as("verdicts").allMatch(v -> names(document, v));
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
