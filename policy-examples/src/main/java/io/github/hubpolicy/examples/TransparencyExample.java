package io.github.hubpolicy.examples;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Likeness;
import io.github.hubpolicy.api.Person;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.transparency.AuditRecords;
import io.github.hubpolicy.transparency.AuditSettings;
import io.github.hubpolicy.transparency.AutomatedDecision;
import io.github.hubpolicy.transparency.StatementSettings;
import io.github.hubpolicy.transparency.Statements;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * After a decision: the statement of reasons owed to the author (DSA Article 17), in the
 * Transparency Database's field names, and the audit line that lets the decision be replayed.
 * The clock is fixed so that the output is the same on every run.
 * Run: {@code java -cp policy-examples/target/policy-cli.jar io.github.hubpolicy.examples.TransparencyExample}
 */
public final class TransparencyExample {
    private TransparencyExample() {
    }

    public static void main(String[] args) {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        Clock clock = Clock.fixed(Instant.parse("2025-09-15T10:30:00Z"), ZoneOffset.UTC);

        // Once per process, from the host's configuration.
        Statements statements = Statements.with(StatementSettings.builder()
                .policyDocument(URI.create("https://hub.example/content-policy"))
                .redress("Appeal within six months at https://hub.example/appeals; you may also turn to a certified"
                        + " out-of-court dispute settlement body or to the courts.")
                .automatedDecision(AutomatedDecision.PARTIALLY)   // a moderator confirms before it applies
                .clock(clock)
                .build());
        AuditRecords audit = AuditRecords.with(AuditSettings.builder().clock(clock).salt("read-me-from-a-secret-store").build());

        ContentItem item = ContentItem.builder("models/acme/voice-of-jane", ContentKind.MODEL)
                .title("Jane Doe voice clone")
                .text("Clones the voice of Jane Doe from 10 minutes of audio.")
                .license("apache-2.0")
                .capability("voice-clone")
                .person(Person.of("Jane Doe", Likeness.VOICE))
                .build();
        Decision decision = evaluator.evaluate(item);

        statements.of(decision, item).ifPresent(statement -> System.out.println(TransparencyJson.toJson(statement)));
        System.out.println(TransparencyJson.toJson(audit.of(decision, item)));
    }
}
