package io.github.hubpolicy.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * When a new or changed rule is held (after MediaWiki AbuseFilter's emergency disable): a rule
 * that entered service with a reload (or differs from the rule set named by
 * {@link DroolsPolicyEvaluator.Builder#replacing}) and, within {@code watchFor} of entering
 * service, records {@code RESTRICT} or {@code REMOVE} findings on more than {@code share} of the
 * last {@code window} decisions, and on at least {@code minFindings} of them, is held: its
 * findings are kept but capped at {@code REVIEW} with {@code HUMAN_REVIEW} until a person calls
 * {@link DroolsPolicyEvaluator#release} or a new version of the rule replaces it.
 *
 * <p>The defaults, 5% of the last 1,000 decisions with at least 20 findings, watched for 24
 * hours: AbuseFilter's emergency threshold is 5% of recent actions for a filter changed in the
 * last day; no bundled rule restricts or removes 1% of the generated corpus ({@code generate
 * --count 2000 --seed 1}: the broadest, {@code spam: likely spam in community content}, 0.95%), so
 * a new rule above 5% is far off the catalog's norm; 1,000 decisions are a few seconds of a busy hub's traffic, enough
 * for a share to mean something; and at least 20 findings keeps a handful of early hits on a
 * quiet replica from holding a rule that is merely right about them. The share is of the
 * decisions since the rule entered service while fewer than {@code window} have been made.
 *
 * @param share       the share of recent decisions above which a watched rule is held, in (0, 1]
 * @param window      how many recent decisions the share is taken over, at least 1
 * @param minFindings the fewest findings in the window that can hold a rule, at least 1
 * @param watchFor    how long after entering service a rule is watched; {@link Duration#ZERO} turns the brake off
 */
public record EmergencyBrake(double share, int window, int minFindings, Duration watchFor) {
    /** 5% of the last 1,000 decisions, at least 20 findings, for 24 hours after a change. */
    public static final EmergencyBrake DEFAULT = new EmergencyBrake(0.05, 1_000, 20, Duration.ofHours(24));
    /** No rule is ever watched or held. */
    public static final EmergencyBrake OFF = new EmergencyBrake(1.0, 1, 1, Duration.ZERO);

    public EmergencyBrake {
        Objects.requireNonNull(watchFor, "watchFor");
        if (!(share > 0.0 && share <= 1.0) || window < 1 || minFindings < 1 || watchFor.isNegative()) {
            throw new IllegalArgumentException("emergency brake needs 0 < share <= 1, window >= 1, minFindings >= 1 and a"
                    + " non-negative watchFor, was share " + share + ", window " + window + ", minFindings " + minFindings
                    + ", watchFor " + watchFor);
        }
    }

    /** Whether the brake watches anything at all. */
    boolean on() {
        return !watchFor.isZero();
    }
}
