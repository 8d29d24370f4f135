package io.github.hubpolicy.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.json.DiffReport;
import io.github.hubpolicy.rules.RuleInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * The playground's JSON: what the page shows, as records. A decision is always the policy-json
 * writer's text ({@code policy-cli evaluate}'s line) embedded as it is, never re-serialised.
 */
final class PlaygroundViews {
    private PlaygroundViews() {
    }

    /** A rule set: its label ({@code base}, or the candidate's directory), policy version and digest. */
    record RuleSet(String label, String version, String rules) {
        static RuleSet of(String label, PolicyId policy) {
            return new RuleSet(label, policy.version(), policy.rules());
        }
    }

    /** A guideline section as the catalog names it. */
    record Section(String id, String title, String summary) {
    }

    /** A bundled sample item: its id, a label, and its JSON as the sample file holds it. */
    record Sample(String id, String label, String json) {
    }

    /**
     * The candidate's last compile.
     *
     * @param directory the candidate directory
     * @param compiled  whether the last compile succeeded
     * @param serving   the candidate rule set serving (the last good one), or null when none ever compiled
     * @param problems  the last compile's problems as {@code file:line:column: error: message}
     * @param revision  counts the compiles
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Candidate(String directory, boolean compiled, RuleSet serving, List<String> problems, long revision) {
        static Candidate of(Path directory, CandidateRules.State state) {
            return new Candidate(directory.toString(), state.compiled(),
                    state.serving() == null ? null : RuleSet.of(directory.toString(), state.serving().policy()),
                    state.problems(), state.revision());
        }
    }

    /** The page's start: both rule sets, the catalog's sections, the samples. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(RuleSet base, Candidate candidate, List<Section> sections, List<Sample> samples) {
    }

    /** A rule that fired or found something: where it is declared and which bullet of its section it encodes. */
    record Rule(String name, String section, int bullet, String file, int line) {
        static Rule of(RuleInfo info) {
            return new Rule(info.name(), info.section(), info.bullet(), info.file(), info.line());
        }
    }

    /**
     * One side's decision.
     *
     * @param decision the decision JSON as policy-cli evaluate prints it
     * @param fired    the rules that fired, in firing order (the trace)
     * @param rules    the rules named by the findings and the trace, with their bullet and file
     */
    record Side(@JsonRawValue String decision, List<String> fired, List<Rule> rules) {
    }

    /** A section whose outcome changed between base and candidate ({@code null}: no finding). */
    record SectionChange(String section, String from, String to, String transition) {
        static SectionChange of(DecisionChange.SectionChange change) {
            return new SectionChange(change.section(), change.from() == null ? null : change.from().name(),
                    change.to() == null ? null : change.to().name(), change.transition());
        }
    }

    /** The answer to deciding one item: the base side, and the candidate side with the changes when there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decided(Side base, Side candidate, Boolean changed, List<SectionChange> changes) {
    }

    /**
     * An item that could not be read: the reader's own message, and the field it names so that the
     * page can show it next to that field ({@code null} when the JSON itself is malformed).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemError(String code, String message, String field) {
    }

    /** One side of a batch record: the decision's verdict, actions and sections, as the diff report shows them. */
    record Outcome(String verdict, List<String> actions, List<String> sections) {
    }

    /** One record of a decided batch: an item's two outcomes and what changed, or why it could not be read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchRecord(int line, String id, String error, Outcome base, Outcome candidate, List<SectionChange> changes,
                       String report) {
    }

    /** A group of the diff report: {@code hate: 12 items LABEL→REMOVE}. */
    record Group(String section, String from, String to, long items, String line) {
        static Group of(DiffReport.SectionCount count) {
            return new Group(count.section(), count.from() == null ? null : count.from().name(),
                    count.to() == null ? null : count.to().name(), count.items(), DiffReport.section(count));
        }
    }

    /** The batch so far: counts, the diff report's groups and footer (the last record of each chunk). */
    record Summary(long decided, long changed, long unreadable, List<Group> groups, String footer) {
    }

    /** A batch begun: the id its chunks are sent to. */
    record BatchStarted(String id) {
    }

    /** The last record of a chunk. */
    record SummaryRecord(Summary summary) {
    }

    /** A case of the candidate's case files: PASS or FAIL with what differed. */
    record CaseResult(String location, String name, boolean passed, List<String> differences) {
    }

    /** One rule's coverage by the candidate's cases. */
    record RuleCoverage(String name, boolean fired, boolean nearMiss) {
    }

    /** One section's coverage: its rules declared in the candidate directory. */
    record SectionCoverage(String section, boolean hasCase, List<RuleCoverage> rules) {
    }

    /**
     * The candidate's case files run against the candidate rule set.
     *
     * @param problem why they could not be run (no candidate, a case file that cannot be read), else null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Cases(String problem, String rules, int passed, int failed, List<CaseResult> cases,
                 List<SectionCoverage> coverage) {
    }
}
