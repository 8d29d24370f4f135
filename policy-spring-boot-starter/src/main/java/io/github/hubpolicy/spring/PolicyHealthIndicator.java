package io.github.hubpolicy.spring;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP with the rule set in service; a rejected reload shows as details (the status stays UP: the
 * last good rule set keeps serving, so the service is still deciding correctly).
 */
final class PolicyHealthIndicator extends AbstractHealthIndicator {
    /** Problems shown in the details; the log and {@code policy-cli validate} have them all. */
    private static final int PROBLEMS_SHOWN = 3;

    private final DroolsPolicyEvaluator evaluator;
    private final PolicyReloadStatus status;

    PolicyHealthIndicator(DroolsPolicyEvaluator evaluator, PolicyReloadStatus status) {
        super("Policy evaluator health check failed");
        this.evaluator = evaluator;
        this.status = status;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("policyVersion", evaluator.policy().version())
                .withDetail("ruleSet", evaluator.policy().rules())
                .withDetail("rules", evaluator.rules().size());
        status.lastRejected().ifPresent(rejected -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("at", rejected.at().toString());
            details.put("problemCount", rejected.problems().size());
            details.put("problems", rejected.problems().stream().limit(PROBLEMS_SHOWN).map(RuleProblem::toString).toList());
            details.put("stillServing", rejected.serving().rules());
            builder.withDetail("lastRejectedReload", details);
        });
    }
}
