package io.github.hubpolicy.api;

/**
 * A user's report about an item.
 *
 * @param reason   why it was reported
 * @param verified whether the host verified the report (e.g. a valid takedown notice)
 */
public record Report(ReportReason reason, boolean verified) {
    public Report {
        Checks.required("reason", reason);
    }
}
