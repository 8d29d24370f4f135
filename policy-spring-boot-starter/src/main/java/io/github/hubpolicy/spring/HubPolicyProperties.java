package io.github.hubpolicy.spring;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.FailureMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The evaluator's settings, under {@code hubpolicy}. Checked when the evaluator is built: a bad
 * value stops start-up with one message naming the property.
 *
 * @param ruleDirectories Directories of .drl files the host trusts, compiled with the bundled rules; a file
 *                        named like a bundled one replaces it
 * @param bundledRules    Whether to compile the bundled rule files; false to use only the rule directories
 * @param thresholds      The signal thresholds
 * @param phoneRegion     The region (ISO 3166 code libphonenumber supports) of phone numbers written without a
 *                        country code
 * @param researchContext Whether an artifact's declared research purpose may soften findings marked @softenable
 * @param failureMode     What a decision says when evaluation fails: CLOSED (REVIEW) or OPEN (ALLOW)
 * @param limits          Bounds on what one item may hold
 * @param reload          Reloading the rule files when they change
 * @param disabledRules   The kill switch: names of rules that are compiled and listed but never fire (part of the
 *                        rule-set digest; a name the rule set does not have stops start-up)
 * @param brake           The emergency brake on new or changed rules that restrict or remove far more than usual
 */
@ConfigurationProperties("hubpolicy")
public record HubPolicyProperties(
        @DefaultValue List<Path> ruleDirectories,
        @DefaultValue("true") boolean bundledRules,
        @DefaultValue Thresholds thresholds,
        @DefaultValue("US") String phoneRegion,
        @DefaultValue("true") boolean researchContext,
        @DefaultValue("closed") FailureMode failureMode,
        @DefaultValue Limits limits,
        @DefaultValue Reload reload,
        @DefaultValue List<String> disabledRules,
        @DefaultValue Brake brake) {

    /**
     * Signal thresholds, each in [0, 1], possible not above likely.
     *
     * @param likely   A signal at or above this is likely
     * @param possible A signal at or above this is possible
     */
    public record Thresholds(@DefaultValue("0.80") double likely, @DefaultValue("0.50") double possible) {
    }

    /**
     * Bounds on one item; an item over a bound is decided on the part within it and sent to a person.
     *
     * @param maxTextChars            Characters read per text field (title, text)
     * @param maxTags                 Tags read
     * @param maxFiles                Files read
     * @param maxPeople               Depicted people read
     * @param maxReports              Reports read
     * @param maxPickleImportsPerFile Pickle imports read per file
     * @param maxPhoneLibraryChars    Characters of title and text the phone detector may hand to libphonenumber;
     *                                past it the rest is not read for phone numbers and a person looks at the item
     */
    public record Limits(@DefaultValue("1048576") int maxTextChars, @DefaultValue("1000") int maxTags,
                         @DefaultValue("10000") int maxFiles, @DefaultValue("1000") int maxPeople,
                         @DefaultValue("10000") int maxReports, @DefaultValue("10000") int maxPickleImportsPerFile,
                         @DefaultValue("2048") int maxPhoneLibraryChars) {
    }

    /**
     * Reloading when a rule file changes.
     *
     * @param watch    Watch the rule directories and reload when a .drl file in them changes; a rule set that does
     *                 not compile is rejected (health and metrics say so) and the last good one keeps serving
     * @param debounce Quiet time after the last change before reloading, so that a save of several files is one reload
     */
    public record Reload(@DefaultValue("false") boolean watch, @DefaultValue("500ms") Duration debounce) {
    }

    /**
     * The emergency brake: a rule that a reload brings in new or changed and that restricts or removes more than
     * {@code share} of the last {@code window} decisions (and at least {@code min-findings} of them) within
     * {@code watch-for} of entering service is held at REVIEW until a person releases it.
     *
     * @param enabled     Whether the brake watches new or changed rules at all
     * @param share       The share of recent decisions, in (0, 1], above which a watched rule is held
     * @param window      How many recent decisions the share is taken over
     * @param minFindings The fewest findings in the window that can hold a rule
     * @param watchFor    How long after entering service a new or changed rule is watched
     * @param released    Versions of rules a person has looked at and released, by fingerprint ({@code sha256:...},
     *                    as the rules in service list them): never watched, so never held. A later change to such a
     *                    rule is another version and is watched again
     */
    public record Brake(@DefaultValue("true") boolean enabled, @DefaultValue("0.05") double share,
                        @DefaultValue("1000") int window, @DefaultValue("20") int minFindings,
                        @DefaultValue("24h") Duration watchFor, @DefaultValue List<String> released) {
    }

    /**
     * A builder set up from these properties (rule directories, thresholds, limits, brake, ...) as
     * the auto-configured evaluator's is, without its listeners: a host adds a directory on top to
     * build a second rule set under the same settings (the playground's candidate, as {@code
     * policy-cli diff} builds its sides).
     *
     * @throws InvalidPolicyPropertyException naming the property when one is out of range
     */
    public DroolsPolicyEvaluator.Builder evaluatorBuilder() {
        return EvaluatorFactory.builder(this);
    }
}
