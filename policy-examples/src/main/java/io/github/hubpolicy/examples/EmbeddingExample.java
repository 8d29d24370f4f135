package io.github.hubpolicy.examples;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Embedding the evaluator in a Java service: build it once at start-up (it compiles the rule
 * files), share it across request threads, and act on each decision's verdict and actions.
 * Run: {@code java -cp policy-examples/target/policy-cli.jar io.github.hubpolicy.examples.EmbeddingExample}
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) throws Exception {
        // Once per process: compiling the rule files takes about a second.
        PolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();

        List<ContentItem> incoming = List.of(
                ContentItem.builder("comments/42", ContentKind.COMMENT)
                        .text("Nobody wants you here.")
                        .target(new Target(TargetKind.USER, "bob"))
                        .signal(Signal.HARASSMENT, 0.86)
                        .build(),
                ContentItem.builder("models/acme/sentiment", ContentKind.MODEL)
                        .title("Sentiment classifier")
                        .license("apache-2.0")
                        .build());

        // One evaluator serves many threads; each call runs in its own rule session.
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            for (ContentItem item : incoming) {
                Future<Decision> pending = requests.submit(() -> evaluator.evaluate(item));
                act(pending.get());
            }
        } finally {
            requests.shutdown();
        }
    }

    /** What a service does with a decision: apply the actions, keep the findings as the explanation. */
    private static void act(Decision decision) {
        System.out.printf("%s -> %s %s%n", decision.id(), decision.verdict(), decision.actions());
        for (Finding finding : decision.findings()) {
            System.out.printf("    [%s] %s%n", finding.section(), finding.rationale());
        }
    }
}
