package io.github.hubpolicy.spark;

import io.github.hubpolicy.rules.FailureMode;
import io.github.hubpolicy.rules.Limits;
import io.github.hubpolicy.rules.Thresholds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options both jobs share: how to read the input, and the rule-set options of {@code
 * policy-cli} (same names, same defaults), which choose the rule files and every setting that can
 * change a decision.
 */
final class JobOptions {
    @Option(names = "--input-format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (default): JSON Lines, one item per line; parquet: the item format's fields as columns.")
    Inputs.Format inputFormat;

    @Option(names = "--lenient", description = "Tolerate unknown keys in items (unknown values are still errors).")
    boolean lenient;

    @Option(names = "--max-split-bytes", defaultValue = "67108864", paramLabel = "BYTES",
            description = "Largest byte range of a JSON Lines file one task reads (default: ${DEFAULT-VALUE}, 64 MiB). "
                    + "Parquet input follows spark.sql.files.maxPartitionBytes.")
    long maxSplitBytes;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists (default: refuse).")
    boolean overwrite;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also compile the .drl files under DIR (repeatable), read by the driver. A file with the same name "
                    + "as a bundled one (e.g. hate.drl) replaces it; other files add rules.")
    List<Path> ruleDirectories = new ArrayList<>();

    @Option(names = "--no-bundled-rules", description = "Compile only the --rules directories, not the bundled rule files.")
    boolean noBundledRules;

    @Option(names = "--no-research-context",
            description = "Do not let an artifact's declared research purpose soften findings.")
    boolean noResearchContext;

    @Option(names = "--phone-region", defaultValue = "US", paramLabel = "REGION",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String phoneRegion;

    @Option(names = "--likely", paramLabel = "SCORE", description = "A signal at or above SCORE is likely (default: 0.8).")
    double likely = Thresholds.DEFAULT.likely();

    @Option(names = "--possible", paramLabel = "SCORE", description = "A signal at or above SCORE is possible (default: 0.5).")
    double possible = Thresholds.DEFAULT.possible();

    @Option(names = "--failure-mode", paramLabel = "MODE",
            description = "CLOSED (REVIEW with HUMAN_REVIEW, default) or OPEN (ALLOW) when evaluating an item fails.")
    FailureMode failureMode = FailureMode.CLOSED;

    @Option(names = "--max-text-chars", paramLabel = "N", description = "Characters read per text field (default: 1048576).")
    int maxTextChars = Limits.DEFAULT.maxTextChars();

    @Option(names = "--disable-rule", paramLabel = "NAME",
            description = "Switch the named rule off (repeatable); part of the rule-set digest.")
    List<String> disabledRules = new ArrayList<>();

    long splitBytes() {
        if (maxSplitBytes <= 0) {
            throw new IllegalArgumentException("--max-split-bytes must be positive");
        }
        return maxSplitBytes;
    }

    /**
     * The rule set of these options plus {@code own} (a side's own directory, or none), read now.
     *
     * @throws IllegalArgumentException when a directory is missing or a setting out of range
     */
    ShippedRuleSet ruleSet(Path own) {
        Limits defaults = Limits.DEFAULT;
        Limits limits = new Limits(maxTextChars, defaults.maxTags(), defaults.maxFiles(), defaults.maxPeople(),
                defaults.maxReports(), defaults.maxPickleImportsPerFile());
        new Thresholds(likely, possible); // checks the range now, before any file is read
        List<Path> directories = new ArrayList<>(ruleDirectories);
        if (own != null) {
            directories.add(own);
        }
        return ShippedRuleSet.read(!noBundledRules, directories, new ShippedRuleSet.Settings(likely, possible, phoneRegion,
                !noResearchContext, failureMode, ShippedRuleSet.ShippedLimits.of(limits), disabledRules));
    }
}
