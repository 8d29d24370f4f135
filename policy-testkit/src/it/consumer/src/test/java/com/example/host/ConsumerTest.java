package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Documentation;
import io.github.hubpolicy.api.Gating;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Purpose;
import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.api.Target;
import io.github.hubpolicy.api.TargetKind;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.testkit.DecisionAssert;
import io.github.hubpolicy.testkit.corpus.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's snippets run in a project that declares only what the README names. */
class ConsumerTest {
    private static final ContentItem SAFEGUARDED_RESEARCH = ContentItem.builder("d/1", ContentKind.DATASET)
            .license("mit").purpose(Purpose.RESEARCH).gating(Gating.MANUAL).documentation(new Documentation(false, true))
            .signal(Signal.HATE, 0.93).build();

    @Test
    void theQuickStartDecidesAsTheReadmeSays() {
        Decision decision = QuickStart.decide();
        DecisionAssert.assertThat(decision).hasVerdict(Verdict.RESTRICT).hasActions(Action.HIDE, Action.WARN_AUTHOR)
                .hasSections("harassment");
    }

    @Test
    void theHostsRuleDirectoryIsReloadedWhileServing(@TempDir Path myRules) throws IOException {
        // given: the host's rules (hateful research artifacts removed), deployed from a directory
        for (String file : new String[] {"hate.drl", "hate.cases.jsonl"}) {
            Files.copy(Path.of("src/main/policy", file), myRules.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Deploy deploy = new Deploy(myRules);
        PolicyId before = deploy.evaluator().policy();
        DecisionAssert.assertThat(deploy.evaluator().evaluate(SAFEGUARDED_RESEARCH)).hasVerdict(Verdict.REMOVE);

        // when: the policy owner restores the research context for that rule, and the service reloads
        Path drl = myRules.resolve("hate.drl");
        Files.writeString(drl, Files.readString(drl).replace("@section(\"hate\") @bullet(4)", "@section(\"hate\") @bullet(4) @softenable"));
        PolicyId after = deploy.rulesChanged();

        // then
        assertThat(after.rules()).isNotEqualTo(before.rules());
        Decision decision = deploy.evaluator().evaluate(SAFEGUARDED_RESEARCH);
        assertThat(decision.policy()).isEqualTo(after);
        DecisionAssert.assertThat(decision).hasVerdict(Verdict.LABEL);
    }

    @Test
    void statementsAuditLinesAndTheCorpusWorkFromTheArtifacts() {
        Decision decision = QuickStart.decide();
        ContentItem item = ContentItem.builder("comments/42", ContentKind.COMMENT)
                .text("...").target(new Target(TargetKind.USER, "bob")).signal(Signal.HARASSMENT, 0.86).build();
        assertThat(new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).items(50)).hasSize(50).doesNotHaveDuplicates();
        assertThat(new StatementOfReasonsSnippet().send(decision, item)).singleElement().asString().contains("harassment");
        assertThat(new AuditSnippet().append(decision, item, "salt")).contains("\"verdict\":\"RESTRICT\"");
    }
}
