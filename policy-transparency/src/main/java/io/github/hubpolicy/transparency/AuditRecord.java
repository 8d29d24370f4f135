package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.Decision;
import java.time.Instant;
import java.util.Objects;

/**
 * One audit line: a decision as it was made, with what is needed to replay it. The decision's
 * findings are redacted ({@link AuditRecords}): depicted people's names appear only as stable
 * hashes unless the host opted in, and contact details, identifiers and credentials never appear
 * (rationales and evidence name what was found and where, never the value).
 *
 * <p>Its digest is of the item's canonical JSON ({@code policy-json}'s {@code ItemWriter}), and
 * {@link TransparencyJson#parseAudit} reads a line back with the same strictness as items.
 *
 * @param time       when the decision was made, from the host's clock
 * @param itemDigest {@code sha256:} of the item as read, in canonical JSON ({@link AuditRecords#itemDigest})
 * @param decision   the decision (its id is the item's; its policy names the rule set and version)
 */
public record AuditRecord(Instant time, String itemDigest, Decision decision) {
    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(itemDigest, "itemDigest");
        Objects.requireNonNull(decision, "decision");
        if (!itemDigest.matches("sha256:[0-9a-f]{64}")) {
            throw new IllegalArgumentException("itemDigest must be sha256: and 64 lower-case hex digits");
        }
    }
}
