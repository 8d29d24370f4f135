package io.github.hubpolicy.rules.reliability;

import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a host does, in a JVM of its own so that a test can tell slf4j-simple where to log:
 * {@code java EvaluateInOwnJvm RULE_DIR ITEMS} decides the items with the bundled rules and the
 * directory, printing one decision or error record per line. Exit 3 when an item is unreadable.
 */
final class EvaluateInOwnJvm {
    private EvaluateInOwnJvm() {
    }

    public static void main(String[] args) throws Exception {
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(Path.of(args[0])).build();
        boolean[] unreadable = {false};
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            ItemReader.strict().read(in, result -> {
                if (result instanceof ReadResult.Parsed parsed) {
                    System.out.println(DecisionWriter.toJson(evaluator.evaluate(parsed.item())));
                } else if (result instanceof ReadResult.Unreadable bad) {
                    unreadable[0] = true;
                    System.out.println(DecisionWriter.toJson(bad));
                }
            });
        }
        System.out.flush();
        System.exit(unreadable[0] ? 3 : 0);
    }
}
