package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.json.PolicyCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions emptied and reused from item to item decide as new ones do ({@link Sessions}, {@link Phase#fireAll}). */
class SessionReuseTest {
    private static final String HEADER = """
            package hubpolicy.rules;
            import io.github.hubpolicy.api.Action;
            import io.github.hubpolicy.api.Verdict;
            import io.github.hubpolicy.rules.facts.*;
            import function io.github.hubpolicy.rules.facts.Findings.finding;
            """;

    @Test
    void reusedSessionsDecideEveryBundledCaseAsANewSessionDoes() throws IOException {
        // given: one evaluator, whose sessions go from case to case; trace() builds a new session per item
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
        List<PolicyCase> cases = BundledCaseFiles.read();
        assertThat(cases).hasSizeGreaterThan(100);

        // when: every case twice, in file order and then backwards, so each follows different items
        List<PolicyCase> order = new ArrayList<>(cases);
        List<PolicyCase> backwards = new ArrayList<>(cases);
        java.util.Collections.reverse(backwards);
        order.addAll(backwards);
        for (PolicyCase c : order) {
            Decision reused = evaluator.evaluate(c.item());
            Decision fresh = evaluator.trace(c.item()).decision();

            // then
            assertThat(reused).as(c.file() + ":" + c.line()).isEqualTo(fresh);
            assertThat(reused.verdict()).as(c.file() + ":" + c.line()).isEqualTo(c.verdict());
        }
    }

    @Test
    void theBundledRulesReuseSessionsAndKeepFewIdle() {
        // given
        Sessions sessions = new Sessions(bundledKieBase(), 2);
        assertThat(sessions.reusable()).isTrue();

        // when: three decisions at once, then one after the other
        Sessions.Lease a = sessions.take();
        Sessions.Lease b = sessions.take();
        Sessions.Lease c = sessions.take();
        a.insert(new io.github.hubpolicy.rules.facts.UserReport(0, io.github.hubpolicy.api.ReportReason.SPAM, false));
        sessions.release(a);
        sessions.release(b);
        sessions.release(c);

        // then: at most two idle, the newest given out first, with no fact left
        assertThat(sessions.idle()).isEqualTo(2);
        Sessions.Lease next = sessions.take();
        assertThat(next).isSameAs(b);
        assertThat(next.session().getFactCount()).isZero();
    }

    @Test
    void aSessionWhoseLaterPhaseRecordedAFindingIsEmptiedAndReused() {
        // given: a decision in which the reports phase records its finding (a report, nothing else)
        Sessions sessions = new Sessions(bundledKieBase(), 2);
        Sessions.Lease lease = sessions.take();
        lease.insert(new io.github.hubpolicy.rules.facts.Item(Items.comment("c/1"), Thresholds.DEFAULT, true,
                io.github.hubpolicy.rules.detect.Detectors.forPhoneRegion("US").scan("", "", false)));
        lease.insert(new io.github.hubpolicy.rules.facts.UserReport(0, io.github.hubpolicy.api.ReportReason.SPAM, false));
        Phase.fireAll(lease.session(), null);
        assertThat(lease.session().getObjects(fact -> fact instanceof io.github.hubpolicy.rules.facts.RuleFinding))
                .extracting(Object::toString).containsExactly("reports: reported item awaits review -> REVIEW");

        // when
        sessions.release(lease);

        // then: the finding went with the report (a flush with MAIN alone left it behind), and the session is kept
        assertThat(sessions.idle()).isEqualTo(1);
        Sessions.Lease next = sessions.take();
        assertThat(next).isSameAs(lease);
        assertThat(next.session().getFactCount()).isZero();
    }

    @Test
    void aSessionWhoseDecisionThrewIsNeverReused() {
        // given
        Sessions sessions = new Sessions(bundledKieBase(), 2);
        Sessions.Lease lease = sessions.take();

        // when
        sessions.discard(lease);

        // then
        assertThat(sessions.idle()).isZero();
        assertThat(sessions.take()).isNotSameAs(lease);
    }

    @Test
    void aRuleThatMatchesAnEmptyWorkingMemoryTurnsReuseOff(@TempDir Path dir) throws IOException {
        // given: a rule with no fact to match (it fires in every new session)
        Files.writeString(dir.resolve("spam.drl"), HEADER + """
                rule "spam: no report at all"
                    @section("spam") @bullet(1)
                when
                    not UserReport()
                then
                    finding( drools, Verdict.LABEL ).actions( Action.SHOW_WARNING ).because( "No report." );
                end
                """);
        Sessions sessions = new Sessions(compile(dir).kieBase(), 2);
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(dir).build();

        // when
        Sessions.Lease first = sessions.take();
        sessions.release(first);
        List<Decision> decisions = List.of(evaluator.evaluate(Items.comment("c/1")), evaluator.evaluate(Items.comment("c/2")));

        // then: nothing kept, and the rule fires for every item
        assertThat(sessions.reusable()).isFalse();
        assertThat(sessions.idle()).isZero();
        assertThat(decisions).allSatisfy(d -> assertThat(d.findings()).extracting(Finding::rule)
                .containsExactly("spam: no report at all"));
    }

    @Test
    void aSessionLeftWithAFactNoDecisionInsertedIsNotReused(@TempDir Path dir) throws IOException {
        // given: a consequence that inserts a fact nothing justifies (it outlives the item's facts)
        Files.writeString(dir.resolve("spam.drl"), HEADER + """
                rule "spam: remembers every comment"
                    @section("spam") @bullet(1)
                when
                    $item : Item( community )
                then
                    insert( "seen " + $item.getId() );
                    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( "Seen." );
                end
                """);
        Sessions sessions = new Sessions(compile(dir).kieBase(), 2);
        Sessions.Lease lease = sessions.take();
        lease.insert(new io.github.hubpolicy.rules.facts.Item(Items.comment("c/1"), Thresholds.DEFAULT, true,
                io.github.hubpolicy.rules.detect.Detectors.forPhoneRegion("US").scan("", "", false)));
        Phase.fireAll(lease.session(), null);

        // when
        sessions.release(lease);

        // then
        assertThat(sessions.reusable()).isTrue();
        assertThat(sessions.idle()).isZero();
    }

    @Test
    void aSectionRuleThatALaterPhaseMakesMatchFiresBeforeTheNextPhase(@TempDir Path dir) throws IOException {
        // given: the context phase softens A; B (a section rule) matches the softened finding; the
        // escalation rule C sees B's finding only if B fired before escalation, as with a call per phase
        Files.writeString(dir.resolve("spam.drl"), HEADER + """
                rule "spam: a"
                    @section("spam") @bullet(1) @softenable
                when
                    Item( community )
                then
                    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( "A." );
                end

                rule "spam: b"
                    @section("spam") @bullet(2)
                when
                    RuleFinding( rule == "spam: a", softened )
                then
                    finding( drools, Verdict.LABEL ).actions( Action.SHOW_WARNING ).because( "B." );
                end

                rule "spam: c"
                    @section("spam") @bullet(3)
                    ruleflow-group "escalation"
                when
                    RuleFinding( rule == "spam: b" )
                then
                    finding( drools, Verdict.REVIEW ).actions( Action.HUMAN_REVIEW ).because( "C." );
                end
                """);
        Files.writeString(dir.resolve("research-context.drl"), HEADER + """
                rule "research context: soften a"
                    @context("research")
                    ruleflow-group "context"
                when
                    $finding : RuleFinding( softenable, !softened )
                then
                    modify( $finding ) { soften( Verdict.LABEL, "a test says so" ) }
                end
                """);
        DroolsPolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().bundledRules(false).ruleDirectory(dir).build();

        // when
        Decision decision = evaluator.evaluate(Items.comment("c/1"));

        // then
        assertThat(decision.findings()).extracting(Finding::rule)
                .containsExactlyInAnyOrder("spam: a", "spam: b", "spam: c");
        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(evaluator.trace(Items.comment("c/2")).firedRules())
                .containsExactly("spam: a", "research context: soften a", "spam: b", "spam: c");
    }

    private static org.kie.api.KieBase bundledKieBase() {
        return RuleCompiler.compile(BundledRules.load(), Catalog.bundled(), Vocabulary.catalog(), "").kieBase();
    }

    private static RuleCompiler.CompiledRules compile(Path dir) {
        return RuleCompiler.compile(RuleDirectory.load(dir), Catalog.bundled(), Vocabulary.of(List.of(dir)), "");
    }
}
