package io.github.hubpolicy.spring;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Running the auto-configured evaluator: with Actuator, a {@code hubpolicy} health indicator and
 * info contributor; with {@code hubpolicy.reload.watch=true}, a watcher that reloads the rules
 * when a rule file changes. Applies to whichever {@link DroolsPolicyEvaluator} bean the
 * application has (a host's own one is reported too; register a {@link PolicyReloadStatus} bean
 * as its listener for rejected reloads to show in health).
 */
@AutoConfiguration(after = HubPolicyAutoConfiguration.class)
@ConditionalOnBean(DroolsPolicyEvaluator.class)
public final class HubPolicyOperationsAutoConfiguration {

    @Bean
    @ConditionalOnBooleanProperty("hubpolicy.reload.watch")
    RuleDirectoryWatcher hubPolicyRuleDirectoryWatcher(DroolsPolicyEvaluator evaluator, HubPolicyProperties properties) {
        return new RuleDirectoryWatcher(evaluator, properties.ruleDirectories(), properties.reload().debounce());
    }

    /** Actuator's health endpoint: {@code management.health.hubpolicy.enabled} switches it off. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("hubpolicy")
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "hubpolicyHealthIndicator")
        HealthIndicator hubpolicyHealthIndicator(DroolsPolicyEvaluator evaluator, PolicyReloadStatus status) {
            return new PolicyHealthIndicator(evaluator, status);
        }
    }

    /** Actuator's info endpoint: {@code management.info.hubpolicy.enabled} switches it off. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({InfoContributor.class, ConditionalOnEnabledInfoContributor.class})
    @ConditionalOnEnabledInfoContributor("hubpolicy")
    static class Info {
        @Bean
        @ConditionalOnMissingBean(name = "hubpolicyInfoContributor")
        InfoContributor hubpolicyInfoContributor(DroolsPolicyEvaluator evaluator) {
            return new PolicyInfoContributor(evaluator);
        }
    }
}
