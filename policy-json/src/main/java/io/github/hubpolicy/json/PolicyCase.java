package io.github.hubpolicy.json;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One test case for the rules, as policy authors write them in case files (JSON Lines, one case
 * per line, kept next to the rule files):
 *
 * <pre>{"case": "near miss: hate 0.79", "item": {...}, "verdict": "REVIEW", "sections": ["hate"],
 *  "actions": ["HUMAN_REVIEW"], "rules": ["hate: possibly hateful community content"],
 *  "notRules": ["hate: hateful community content"]}</pre>
 *
 * @param file     the case file's name, for messages
 * @param line     the case's line in its file
 * @param name     what the case checks ({@code case})
 * @param item     the item to decide
 * @param verdict  the expected resolved verdict
 * @param sections the expected sections of all findings (as a set)
 * @param actions  the expected resolved actions in canonical order, or {@code null} when not pinned
 * @param rules    rules that must fire
 * @param notRules rules that must not fire (near misses)
 */
public record PolicyCase(String file, int line, String name, ContentItem item, Verdict verdict, Set<String> sections,
                         List<Action> actions, List<String> rules, List<String> notRules) {
    public PolicyCase {
        sections = Set.copyOf(sections);
        actions = actions == null ? null : List.copyOf(actions);
        rules = List.copyOf(rules);
        notRules = List.copyOf(notRules);
    }

    /** Where the case is, for messages: {@code hate.cases.jsonl:12}. */
    public String location() {
        return file + ":" + line;
    }

    /**
     * How the decision differs from what the case expects, one readable line per difference
     * ({@code verdict: expected REMOVE, was LABEL}); empty when the case passes.
     */
    public List<String> differences(Decision decision) {
        return differences(decision, List.of());
    }

    /**
     * The same, for rule sets with context rules: those change findings rather than record them,
     * so a decision's findings cannot show that they fired. {@code contextRulesFired} names the
     * context rules that fired (from the evaluator's trace); {@code rules} and {@code notRules}
     * are checked against them as well as against the findings.
     */
    public List<String> differences(Decision decision, Collection<String> contextRulesFired) {
        List<String> differences = new ArrayList<>();
        if (decision.verdict() != verdict) {
            differences.add("verdict: expected " + verdict + ", was " + decision.verdict());
        }
        Set<String> actualSections = new TreeSet<>(decision.sections());
        if (!actualSections.equals(new TreeSet<>(sections))) {
            differences.add("sections: expected " + new TreeSet<>(sections) + ", was " + actualSections);
        }
        if (actions != null && !decision.actions().equals(Action.canonical(actions))) {
            differences.add("actions: expected " + Action.canonical(actions) + ", was " + decision.actions());
        }
        List<String> fired = new ArrayList<>(decision.findings().stream().map(Finding::rule).toList());
        fired.addAll(contextRulesFired);
        for (String rule : rules) {
            if (!fired.contains(rule)) {
                differences.add("rule did not fire: " + rule);
            }
        }
        for (String rule : notRules) {
            if (fired.contains(rule)) {
                differences.add("rule fired but must not: " + rule);
            }
        }
        return differences;
    }
}
