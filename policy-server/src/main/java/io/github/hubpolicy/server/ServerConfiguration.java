package io.github.hubpolicy.server;

import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.AuditSettings;
import io.github.hubpolicy.transparency.StatementSettings;
import io.github.hubpolicy.transparency.Statements;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own objects, built once from {@link ServerSettings}. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    DecisionPermits decisionPermits(ServerSettings settings) {
        return new DecisionPermits(settings.maxConcurrentDecisions(), settings.retryAfter());
    }

    /** Closed (its workers stopped) when the context closes, after the web server's graceful shutdown. */
    @Bean
    DecisionSlots decisionSlots(ServerSettings settings) {
        int threads = settings.decisionThreadsOrCores();
        // Every admitted batch reads ahead at most threads + 1 lines.
        return new DecisionSlots(threads, settings.maxConcurrentDecisions() * (threads + 1));
    }

    @Bean
    AdminToken adminToken(ServerSettings settings) {
        return new AdminToken(settings.adminToken());
    }

    @Bean
    ItemReader itemReader(ServerSettings settings) {
        return ItemReader.builder().lenient(settings.lenient()).maxLineLength(settings.maxItemChars()).build();
    }

    @Bean
    ItemBodies itemBodies(ItemReader reader, ServerSettings settings) {
        return new ItemBodies(reader, settings);
    }

    @Bean
    BatchLines batchLines(ItemReader reader) {
        return new BatchLines(reader);
    }

    /** Null when statements are off (no policy URL). */
    @Bean
    Transparency transparency(ServerSettings settings) {
        ServerSettings.Statements s = settings.statements();
        Statements statements = s.policyUrl() == null ? null : Statements.with(StatementSettings.builder()
                .policyDocument(s.policyUrl()).redress(s.redress()).automatedDecision(s.automatedDecision()).build());
        ServerSettings.Audit a = settings.audit();
        AuditRecords audit = null;
        if (a.keepNames()) {
            audit = AuditRecords.with(AuditSettings.builder().keepNames(true).build());
        } else if (a.salt() != null && !a.salt().isEmpty()) {
            audit = AuditRecords.with(AuditSettings.builder().salt(a.salt()).build());
        }
        return new Transparency(statements, audit);
    }

    @Bean
    OpenAPI policyServerOpenApi() {
        return new OpenAPI().info(new Info().title("hub-policy decision service").version("v1")
                .description("Decides content items against the hub's guidelines (Drools rules): single items, JSON Lines"
                        + " batches, statements of reasons, audit lines. Errors are {\"code\",\"message\"}.")
                .license(new License().name("See the project's LICENSE")));
    }
}
