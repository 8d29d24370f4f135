package io.github.hubpolicy.spring;

import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.api.catalog.SectionInfo;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** {@code hubpolicy} in the info endpoint: the policy version, the rule set, its rule count and sections in catalog order. */
final class PolicyInfoContributor implements InfoContributor {
    private final DroolsPolicyEvaluator evaluator;

    PolicyInfoContributor(DroolsPolicyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("policyVersion", evaluator.policy().version());
        info.put("ruleSet", evaluator.policy().rules());
        info.put("rules", evaluator.rules().size());
        Set<String> inRules = evaluator.rules().stream().map(RuleInfo::section).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        // In catalog order; the lint admits no section outside the catalog.
        info.put("sections", PolicySections.all().stream().map(SectionInfo::id).filter(inRules::contains).toList());
        builder.withDetail("hubpolicy", info);
    }
}
