package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.PolicyId;
import java.util.List;

/**
 * A reload was rejected; the last good rule set keeps serving.
 *
 * @param serving  the rule set still in service
 * @param problems every problem found, in file order ({@code file:line:column: message}); a
 *                 directory that could not be read is one problem naming it, at line 0
 */
public record ReloadRejectedEvent(PolicyId serving, List<RuleProblem> problems) {
    public ReloadRejectedEvent {
        problems = List.copyOf(problems);
    }
}
