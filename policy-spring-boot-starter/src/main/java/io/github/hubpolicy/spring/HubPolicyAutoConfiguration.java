package io.github.hubpolicy.spring;

import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * One shared {@link DroolsPolicyEvaluator} built from the {@code hubpolicy.*} properties, unless
 * the application declares its own {@link PolicyEvaluator}. Every {@link DecisionListener} bean
 * is registered on the evaluator, and every {@link EvaluatorBuilderCustomizer} bean adjusts its
 * builder. Health, info and reload: {@link HubPolicyOperationsAutoConfiguration}.
 */
@AutoConfiguration
@ConditionalOnClass(DroolsPolicyEvaluator.class)
@EnableConfigurationProperties(HubPolicyProperties.class)
public final class HubPolicyAutoConfiguration {

    /** Told of rejected reloads, for the health indicator; a listener of the evaluator below. */
    @Bean
    @ConditionalOnMissingBean
    PolicyReloadStatus hubPolicyReloadStatus() {
        return new PolicyReloadStatus(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(PolicyEvaluator.class)
    DroolsPolicyEvaluator policyEvaluator(HubPolicyProperties properties, ObjectProvider<DecisionListener> listeners,
                                          ObjectProvider<EvaluatorBuilderCustomizer> customizers) {
        return EvaluatorFactory.build(properties, listeners.orderedStream().toList(), customizers.orderedStream().toList());
    }
}
