package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that choose a rule set, shared by the commands that decide items. */
final class RuleSetOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = {"Also compile the .drl files under DIR (repeatable). A file with the same name as a bundled",
                    "one (e.g. hate.drl) replaces it; other files add rules."})
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--no-bundled-rules", description = "Compile only the --rules directories, not the bundled rule files.")
    boolean noBundledRules;

    @Option(names = "--no-research-context",
            description = "Do not let an artifact's declared research purpose soften findings.")
    boolean noResearchContext;

    @Option(names = "--phone-region", defaultValue = "US", paramLabel = "REGION",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String phoneRegion;

    /** A builder for the chosen rule set. */
    DroolsPolicyEvaluator.Builder builder() {
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder()
                .bundledRules(!noBundledRules)
                .researchContext(!noResearchContext)
                .phoneRegion(phoneRegion);
        ruleDirectories.forEach(builder::ruleDirectory);
        return builder;
    }
}
