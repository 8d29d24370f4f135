package io.github.hubpolicy.spring;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.EmergencyBrake;
import io.github.hubpolicy.rules.Limits;
import io.github.hubpolicy.rules.Thresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Checks the properties, one message per problem naming the property, and builds the evaluator from them. */
final class EvaluatorFactory {
    private EvaluatorFactory() {
    }

    static DroolsPolicyEvaluator build(HubPolicyProperties properties, List<DecisionListener> listeners,
                                       List<EvaluatorBuilderCustomizer> customizers) {
        DroolsPolicyEvaluator.Builder builder = builder(properties);
        listeners.forEach(builder::listener);
        customizers.forEach(customizer -> customizer.customize(builder));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            // The evaluator's own sentence for a misspelt kill switch: name the property that holds it.
            if (!properties.disabledRules().isEmpty() && String.valueOf(e.getMessage()).startsWith("cannot disable rule")) {
                throw new InvalidPolicyPropertyException("hubpolicy.disabled-rules", e.getMessage());
            }
            throw e;
        }
    }

    private static List<String> released(List<String> fingerprints) {
        for (int i = 0; i < fingerprints.size(); i++) {
            if (!fingerprints.get(i).startsWith("sha256:")) {
                throw new InvalidPolicyPropertyException("hubpolicy.brake.released[" + i + "]", "must be a rule's"
                        + " fingerprint (sha256:..., as the rules in service list it), was '" + fingerprints.get(i) + "'");
            }
        }
        return fingerprints;
    }

    static DroolsPolicyEvaluator.Builder builder(HubPolicyProperties properties) {
        DroolsPolicyEvaluator.Builder builder = DroolsPolicyEvaluator.builder()
                .bundledRules(properties.bundledRules())
                .thresholds(thresholds(properties.thresholds()))
                .phoneRegion(phoneRegion(properties.phoneRegion()))
                .researchContext(properties.researchContext())
                .failureMode(properties.failureMode())
                .limits(limits(properties.limits()))
                .disabledRules(properties.disabledRules())
                .emergencyBrake(brake(properties.brake()))
                .releasedRules(released(properties.brake().released()));
        List<Path> directories = properties.ruleDirectories();
        for (int i = 0; i < directories.size(); i++) {
            Path directory = directories.get(i);
            if (!Files.isDirectory(directory)) {
                throw new InvalidPolicyPropertyException("hubpolicy.rule-directories[" + i + "]",
                        directory + " does not exist or is not a directory");
            }
            builder.ruleDirectory(directory);
        }
        if (!properties.bundledRules() && directories.isEmpty()) {
            throw new InvalidPolicyPropertyException("hubpolicy.bundled-rules",
                    "is false and hubpolicy.rule-directories is empty, so there are no rules");
        }
        if (properties.reload().watch() && directories.isEmpty()) {
            throw new InvalidPolicyPropertyException("hubpolicy.reload.watch",
                    "is true but hubpolicy.rule-directories is empty, so there is nothing to watch");
        }
        if (properties.reload().debounce().isNegative()) {
            throw new InvalidPolicyPropertyException("hubpolicy.reload.debounce", "must not be negative, was "
                    + properties.reload().debounce());
        }
        return builder;
    }

    private static Thresholds thresholds(HubPolicyProperties.Thresholds t) {
        unitInterval("hubpolicy.thresholds.likely", t.likely());
        unitInterval("hubpolicy.thresholds.possible", t.possible());
        if (t.possible() > t.likely()) {
            throw new InvalidPolicyPropertyException("hubpolicy.thresholds.possible",
                    "must not be above hubpolicy.thresholds.likely (" + t.likely() + "), was " + t.possible());
        }
        if (t.possible() == 0.0) {
            throw new InvalidPolicyPropertyException("hubpolicy.thresholds.possible",
                    "must be above 0, or every signal would count as possible");
        }
        return new Thresholds(t.likely(), t.possible());
    }

    private static void unitInterval(String property, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new InvalidPolicyPropertyException(property, "must be between 0 and 1, was " + value);
        }
    }

    private static String phoneRegion(String region) {
        String upper = region.toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(upper)) {
            throw new InvalidPolicyPropertyException("hubpolicy.phone-region",
                    "'" + region + "' is not a region libphonenumber knows (use an ISO 3166 code such as US or GB)");
        }
        return upper;
    }

    private static EmergencyBrake brake(HubPolicyProperties.Brake b) {
        if (!b.enabled()) {
            return EmergencyBrake.OFF;
        }
        if (!(b.share() > 0.0 && b.share() <= 1.0)) {
            throw new InvalidPolicyPropertyException("hubpolicy.brake.share", "must be above 0 and at most 1, was " + b.share());
        }
        atLeast("hubpolicy.brake.window", b.window(), 1);
        atLeast("hubpolicy.brake.min-findings", b.minFindings(), 1);
        if (b.watchFor().isNegative() || b.watchFor().isZero()) {
            throw new InvalidPolicyPropertyException("hubpolicy.brake.watch-for",
                    "must be positive (set hubpolicy.brake.enabled=false to turn the brake off), was " + b.watchFor());
        }
        return new EmergencyBrake(b.share(), b.window(), b.minFindings(), b.watchFor());
    }

    private static Limits limits(HubPolicyProperties.Limits l) {
        atLeast("hubpolicy.limits.max-text-chars", l.maxTextChars(), 1);
        atLeast("hubpolicy.limits.max-tags", l.maxTags(), 0);
        atLeast("hubpolicy.limits.max-files", l.maxFiles(), 0);
        atLeast("hubpolicy.limits.max-people", l.maxPeople(), 0);
        atLeast("hubpolicy.limits.max-reports", l.maxReports(), 0);
        atLeast("hubpolicy.limits.max-pickle-imports-per-file", l.maxPickleImportsPerFile(), 0);
        atLeast("hubpolicy.limits.max-phone-library-chars", l.maxPhoneLibraryChars(), 0);
        return new Limits(l.maxTextChars(), l.maxTags(), l.maxFiles(), l.maxPeople(), l.maxReports(),
                l.maxPickleImportsPerFile(), l.maxPhoneLibraryChars());
    }

    private static void atLeast(String property, int value, int minimum) {
        if (value < minimum) {
            throw new InvalidPolicyPropertyException(property, "must be at least " + minimum + ", was " + value);
        }
    }
}
