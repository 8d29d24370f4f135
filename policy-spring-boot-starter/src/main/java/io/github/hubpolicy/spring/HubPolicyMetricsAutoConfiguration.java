package io.github.hubpolicy.spring;

import io.github.hubpolicy.micrometer.PolicyMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The evaluator's metrics ({@link PolicyMetrics}) when the application has a Micrometer
 * {@link MeterRegistry}: Spring Boot binds the bean to it as a {@code MeterBinder}, and the
 * auto-configured evaluator registers it as a listener. Meters can be switched off with
 * {@code management.metrics.enable.hubpolicy=false}.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, PolicyMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public final class HubPolicyMetricsAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    PolicyMetrics hubPolicyMetrics() {
        return new PolicyMetrics();
    }
}
