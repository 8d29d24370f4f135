package io.github.hubpolicy.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The playground's parts without a server: the candidate's compiles, the guidelines' rendering, the switches. */
class PlaygroundUnitTest {

    @Test
    void aCandidateThatStopsCompilingKeepsTheLastGoodOneAndSaysWhere() throws Exception {
        // given
        Path dir = CandidateDirectory.softened();
        BlockingQueue<CandidateRules.State> seen = new LinkedBlockingQueue<>();
        CandidateRules candidate = new CandidateRules(dir, DroolsPolicyEvaluator::builder, Duration.ofMillis(100), seen::add);
        CandidateRules.State first = seen.take();
        assertThat(first.compiled()).isTrue();
        ContentItem spam = ItemReader.strict().parse(CandidateDirectory.SPAM_COMMENT);
        assertThat(first.serving().evaluate(spam).verdict()).isEqualTo(Verdict.RESTRICT);
        candidate.start();
        try {
            // when: the author saves a rule that does not compile
            CandidateDirectory.write(dir, CandidateDirectory.broken());
            CandidateRules.State broken = seen.poll(30, TimeUnit.SECONDS);

            // then: its problems name file:line:column, and the last good candidate keeps serving
            assertThat(broken).isNotNull();
            assertThat(broken.compiled()).isFalse();
            assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).matches("(?s).*spam\\.drl:\\d+:\\d+: .*"));
            assertThat(broken.serving()).isSameAs(first.serving());

            // and when it is fixed to the bundled rule, the candidate decides as the base does again
            CandidateDirectory.write(dir, CandidateDirectory.BUNDLED_SPAM);
            CandidateRules.State fixed = seen.poll(30, TimeUnit.SECONDS);
            assertThat(fixed).isNotNull();
            assertThat(fixed.compiled()).isTrue();
            assertThat(fixed.serving().evaluate(spam).verdict()).isEqualTo(Verdict.REMOVE);
            assertThat(fixed.revision()).isGreaterThan(broken.revision());
        } finally {
            candidate.stop();
        }
    }

    @Test
    void theGuidelinesEscapeRawHtmlAndDropScriptLinks() {
        GuidelinesPage page = new GuidelinesPage("""
                ### `hate` — hateful content
                <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2">
                [click](javascript:alert(1))
                """);
        assertThat(page.html()).contains("<h3 id=\"sec-hate\">")
                .contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;")
                .contains("&lt;img src=x onerror=")
                .doesNotContain("<script>", "<img", "href=\"javascript:");
    }

    @Test
    void theBundledGuidelinesHaveAnAnchorPerSection() {
        String html = new GuidelinesPage().html();
        io.github.hubpolicy.api.catalog.PolicySections.all()
                .forEach(s -> assertThat(html).contains("id=\"" + GuidelinesPage.anchor(s.id()) + "\""));
    }

    @Test
    void theCommandLineSwitchesStandForTheirProperties() {
        assertThat(PolicyServerApplication.playgroundArguments(new String[] {"--playground", "--candidate", "my rules",
                "--server.port=9"})).containsExactly("--hubpolicy.server.playground.enabled=true",
                "--hubpolicy.server.playground.candidate=my rules", "--server.port=9");
        assertThat(PolicyServerApplication.playgroundArguments(new String[] {"--candidate=dir"}))
                .containsExactly("--hubpolicy.server.playground.candidate=dir");
        assertThatThrownBy(() -> PolicyServerApplication.playgroundArguments(new String[] {"--candidate"}))
                .hasMessage("--candidate needs a rule directory: --candidate DIR");
    }

    @Test
    void withThePlaygroundOnTheServerListensOnLoopbackUnlessTheOperatorChose() {
        assertThat(address(Map.of("hubpolicy.server.playground.enabled", "true"))).isEqualTo("127.0.0.1");
        assertThat(address(Map.of("hubpolicy.server.playground.enabled", "true", "server.address", "0.0.0.0")))
                .isEqualTo("0.0.0.0");
        assertThat(address(Map.of())).isNull();
    }

    private static String address(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new PolicyServerApplication.LoopbackWhenPlayground().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                null, new SpringApplication(), new String[0], environment));
        return environment.getProperty("server.address");
    }
}
