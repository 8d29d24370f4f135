package io.github.hubpolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A real start-up with a bad property: Boot's failure report names the property, with no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @Test
    void aBadPropertyIsReportedInOneMessageWithoutAStackTrace(CapturedOutput output) {
        SpringApplication application = new SpringApplication(App.class);
        application.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> application.run("--hubpolicy.thresholds.likely=1.5")).isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("hubpolicy.thresholds.likely: must be between 0 and 1, was 1.5")
                .contains("Correct hubpolicy.thresholds.likely in the application's configuration.")
                .doesNotContain("\tat ").doesNotContain("InvalidPolicyPropertyException");   // Spring's own one-line WARN stays
    }

    @Test
    void everyPropertyHasMetadataWithADescription() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String property : new String[] {"hubpolicy.rule-directories", "hubpolicy.bundled-rules",
                    "hubpolicy.thresholds.likely", "hubpolicy.thresholds.possible", "hubpolicy.phone-region",
                    "hubpolicy.research-context", "hubpolicy.failure-mode", "hubpolicy.limits.max-text-chars",
                    "hubpolicy.limits.max-pickle-imports-per-file", "hubpolicy.limits.max-phone-library-chars",
                    "hubpolicy.reload.watch", "hubpolicy.reload.debounce"}) {
                assertThat(metadata).contains("\"name\": \"" + property + "\"");
            }
            assertThat(metadata).doesNotContain("\"description\": \"\"");
        }
    }
}
