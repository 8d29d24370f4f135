package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hubpolicy.api.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings, declared names, every problem in one run, and a digest that does not depend on where files live. */
class RuleLintTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path BUNDLED = Path.of("src/main/resources/hubpolicy/rules");

    @Test
    void orBesideAndWithoutParenthesesIsAWarningThatDoesNotRefuseTheRuleSet() {
        // when
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().bundledRules(false)
                .ruleDirectory(FIXTURES.resolve("or-beside-and")).build();

        // then
        assertThat(evaluator.warnings()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(RuleProblem.Severity.WARNING);
            assertThat(w.toString()).startsWith("or-beside-and.drl:12:64: warning: rule \"minors: unparenthesised or and and\""
                    + " mixes || and && without parentheses");
        });
    }

    @Test
    void theBundledRulesHaveNoWarnings() {
        assertThat(DroolsPolicyEvaluator.builder().build().warnings()).isEmpty();
    }

    @Test
    void aSignalDeclaredInNamesPropertiesIsKnownAndWithoutTheDeclarationIsAnError(@TempDir Path undeclared) throws IOException {
        // given: the same rule file, with and without its names.properties
        Path declared = FIXTURES.resolve("declared-signal");
        Files.copy(declared.resolve("declared-signal.drl"), undeclared.resolve("declared-signal.drl"));

        // when
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(declared).build();
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(undeclared).build());

        // then
        assertThat(evaluator.namesRead().signals()).containsExactly("toxicity");
        assertThat(e.problems()).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("declared-signal.drl:12:36: error: ").contains("reads signal \"toxicity\""));
    }

    @Test
    void aDeclarationFileWithAnUnknownKeyIsAnError(@TempDir Path directory) throws IOException {
        // given
        Files.copy(FIXTURES.resolve("declared-signal/declared-signal.drl"), directory.resolve("declared-signal.drl"));
        Files.writeString(directory.resolve("names.properties"), "# ours\nsignal = toxicity\n");

        // when
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(directory).build());

        // then
        assertThat(e.problems()).extracting(RuleProblem::toString)
                .contains("names.properties:2:0: error: expected 'signals = a, b' or 'capabilities = c, d', found 'signal = toxicity'");
    }

    @Test
    void oneRunReportsEveryProblemOfEveryFileWhenOneFileDoesNotParse() {
        // when
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> DroolsPolicyEvaluator.builder().bundledRules(false)
                        .ruleDirectory(FIXTURES.resolve("every-problem-in-one-run")).build());

        // then: the syntax error, two lint errors, a type error and a warning, in file order
        assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line() + ":" + p.column() + " " + p.severity())
                .containsExactly(
                        "a-syntax-error.drl:15:0 ERROR",
                        "b-unknown-phase.drl:11:19 ERROR",
                        "c-unknown-signal.drl:12:36 ERROR",
                        "c-unknown-signal.drl:14:87 ERROR",
                        "d-type-error.drl:11:4 ERROR",
                        "e-or-beside-and.drl:12:64 WARNING");
    }

    @Test
    void theEvaluatorKnowsTheNamesItsRulesRead() {
        // when
        NamesRead read = DroolsPolicyEvaluator.builder().build().namesRead();

        // then: found in the parsed rules; every catalog signal is read by some bundled rule
        assertThat(read.signals()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Signal.values()).map(Signal::wireName).toList());
        assertThat(read.capabilities()).containsExactly("face-swap", "undress", "voice-clone");
    }

    @Test
    void theDigestDependsOnFileNamesAndContentsNotOnWhereTheDirectoryIs(@TempDir Path root) throws IOException {
        // given: an unchanged copy of hate.drl in two directories, and an edited copy in a third
        Path one = Files.createDirectory(root.resolve("one"));
        Path two = Files.createDirectory(root.resolve("two"));
        Path edited = Files.createDirectory(root.resolve("edited"));
        Files.copy(BUNDLED.resolve("hate.drl"), one.resolve("hate.drl"));
        Files.copy(BUNDLED.resolve("hate.drl"), two.resolve("hate.drl"));
        Files.writeString(edited.resolve("hate.drl"), Files.readString(BUNDLED.resolve("hate.drl")) + "\n// edited\n");

        // when
        String bundled = DroolsPolicyEvaluator.builder().build().policy().rules();
        String inOne = DroolsPolicyEvaluator.builder().ruleDirectory(one).build().policy().rules();
        String inTwo = DroolsPolicyEvaluator.builder().ruleDirectory(two).build().policy().rules();
        String changed = DroolsPolicyEvaluator.builder().ruleDirectory(edited).build().policy().rules();

        // then
        assertThat(inOne).isEqualTo(bundled).isEqualTo(inTwo);
        assertThat(changed).isNotEqualTo(bundled);
    }
}
