package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.FailureMode;
import io.github.hubpolicy.rules.Limits;
import io.github.hubpolicy.rules.Thresholds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose a rule set and every setting that can change a decision (those the
 * rule-set digest covers), defined once for every command that builds an evaluator. Defaults come
 * from the library's own defaults, so the command line and the builder cannot drift apart.
 */
final class RuleSetOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also compile the .drl files under DIR (repeatable). A file with the same name as a bundled one "
                    + "(e.g. hate.drl) replaces it; other files add rules.")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--no-bundled-rules", description = "Compile only the --rules directories, not the bundled rule files.")
    boolean noBundledRules;

    @Option(names = "--no-research-context",
            description = "Do not let an artifact's declared research purpose soften findings.")
    boolean noResearchContext;

    @Option(names = "--phone-region", defaultValue = "US", paramLabel = "REGION",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String phoneRegion;

    @Option(names = "--likely", paramLabel = "SCORE",
            description = "A signal at or above SCORE is likely (default: ${DEFAULT-VALUE}).")
    double likely = Thresholds.DEFAULT.likely();

    @Option(names = "--possible", paramLabel = "SCORE",
            description = "A signal at or above SCORE is possible (default: ${DEFAULT-VALUE}; at most --likely).")
    double possible = Thresholds.DEFAULT.possible();

    @Option(names = "--failure-mode", paramLabel = "MODE",
            description = "What a decision says when evaluating an item fails: CLOSED (REVIEW with HUMAN_REVIEW) or OPEN "
                    + "(ALLOW); default: ${DEFAULT-VALUE}.")
    FailureMode failureMode = FailureMode.CLOSED;

    @Option(names = "--max-text-chars", paramLabel = "N",
            description = "Characters read per text field (default: ${DEFAULT-VALUE}); an item over any limit is decided on "
                    + "what lies within it, with an 'engine: item over limits' finding.")
    int maxTextChars = Limits.DEFAULT.maxTextChars();

    @Option(names = "--max-tags", paramLabel = "N", description = "Tags read per item (default: ${DEFAULT-VALUE}).")
    int maxTags = Limits.DEFAULT.maxTags();

    @Option(names = "--max-files", paramLabel = "N", description = "Files read per item (default: ${DEFAULT-VALUE}).")
    int maxFiles = Limits.DEFAULT.maxFiles();

    @Option(names = "--max-people", paramLabel = "N", description = "Depicted people read per item (default: ${DEFAULT-VALUE}).")
    int maxPeople = Limits.DEFAULT.maxPeople();

    @Option(names = "--max-reports", paramLabel = "N", description = "Reports read per item (default: ${DEFAULT-VALUE}).")
    int maxReports = Limits.DEFAULT.maxReports();

    @Option(names = "--max-pickle-imports", paramLabel = "N",
            description = "Pickle imports read per file (default: ${DEFAULT-VALUE}).")
    int maxPickleImports = Limits.DEFAULT.maxPickleImportsPerFile();

    @Option(names = "--max-phone-library-chars", paramLabel = "N",
            description = "Characters of title and text that the phone detector may hand to libphonenumber per item "
                    + "(default: ${DEFAULT-VALUE}); past it the rest is not read for phone numbers, and the item gets an "
                    + "'engine: detector budget exhausted' finding.")
    int maxPhoneLibraryChars = Limits.DEFAULT.maxPhoneLibraryChars();

    @Option(names = "--disable-rule", paramLabel = "NAME",
            description = "Switch the named rule off (repeatable): it is compiled and listed but never fires. Part of the "
                    + "rule-set digest; a name the rule set does not have is an error.")
    List<String> disabledRules = new ArrayList<>();

    /**
     * A builder for the chosen rule set and settings.
     *
     * @throws IllegalArgumentException when a setting is out of range (thresholds, limits)
     */
    DroolsPolicyEvaluator.Builder builder() {
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder()
                .bundledRules(!noBundledRules)
                .researchContext(!noResearchContext)
                .phoneRegion(phoneRegion)
                .thresholds(new Thresholds(likely, possible))
                .failureMode(failureMode)
                .limits(new Limits(maxTextChars, maxTags, maxFiles, maxPeople, maxReports, maxPickleImports,
                        maxPhoneLibraryChars))
                .disabledRules(disabledRules);
        ruleDirectories.forEach(builder::ruleDirectory);
        return builder;
    }

    /** The rule files in words: {@code bundled}, {@code bundled + [dir]} or {@code from [dir]}. */
    String describe() {
        return noBundledRules ? "from " + ruleDirectories
                : ruleDirectories.isEmpty() ? "bundled" : "bundled + " + ruleDirectories;
    }
}
