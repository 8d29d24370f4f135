package io.github.hubpolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.rules.DecisionEvent;
import io.github.hubpolicy.rules.DecisionListener;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A throwing listener is logged once, not once per item, and without its message. Here rather
 * than in policy-rules because this is the module whose tests have a logging backend (Logback).
 */
@ExtendWith(OutputCaptureExtension.class)
class ListenerFailureLoggingTest {

    @Test
    void aThrowingListenerIsLoggedOnceWithoutItsMessage(CapturedOutput output) {
        DecisionListener broken = new DecisionListener() {
            @Override
            public void decided(DecisionEvent event) {
                throw new IllegalStateException("secret text of " + event.itemId());
            }
        };
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().listener(broken).build();

        for (int i = 0; i < 5; i++) {
            evaluator.evaluate(ContentItem.builder("c/" + i, ContentKind.COMMENT).text("Fine.").build());
        }

        String log = output.getAll();
        assertThat(log.split("Decision listener ", -1)).hasSize(2);   // exactly one such line
        assertThat(log).contains("threw java.lang.IllegalStateException on decided")
                .doesNotContain("secret text").doesNotContain("\tat ");
    }
}
