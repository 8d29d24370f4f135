package io.github.hubpolicy.rules.facts;

import io.github.hubpolicy.api.ReportReason;
import io.github.hubpolicy.api.internal.WireNames;
import java.util.List;

/** A user's report about the item ({@code reports[index]}). */
public final class UserReport {
    private final int index;
    private final ReportReason reason;
    private final boolean verified;

    public UserReport(int index, ReportReason reason, boolean verified) {
        this.index = index;
        this.reason = reason;
        this.verified = verified;
    }

    public ReportReason getReason() {
        return reason;
    }

    /** The host verified it (e.g. a valid takedown notice). */
    public boolean isVerified() {
        return verified;
    }

    public List<String> evidence() {
        return List.of("reports[" + index + "]=" + WireNames.of(reason) + (verified ? ", verified" : ""));
    }

    @Override
    public String toString() {
        return "reports[" + index + "]";
    }
}
