package io.github.hubpolicy.json;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.transparency.NameRedaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Makes the audit record of each decision and writes it as one self-contained line of JSON:
 *
 * <pre>{@code {"time":"2025-06-02T09:30:00Z","id":"…","item":"sha256:…","policy":{"version","rules"},
 *  "verdict":"RESTRICT","actions":[…],"findings":[{"section","rule","verdict","actions","rationale","evidence"}…]}}</pre>
 *
 * Names of depicted people are replaced by {@code person:} and the first 12 hex digits of
 * SHA-256 over the host's salt and the name: the same person gets the same pseudonym in every
 * line, so lines can be related without naming anyone, and the salt keeps the hash from being
 * reversed by trying names. A host that must keep names opts in with {@link Builder#keepNames}.
 * Thread-safe.
 */
public final class AuditWriter {
    private final Clock clock;
    private final byte[] salt;
    private final boolean keepNames;

    private AuditWriter(Builder builder) {
        this.clock = builder.clock;
        this.salt = builder.salt == null ? new byte[0] : builder.salt.getBytes(StandardCharsets.UTF_8);
        this.keepNames = builder.keepNames;
    }

    /** A builder; a salt is required unless names are kept. */
    public static Builder builder() {
        return new Builder();
    }

    /** The audit record of a decision on {@code item}, stamped with the clock's instant. */
    public AuditRecord record(Decision decision, ContentItem item) {
        if (!decision.id().equals(item.id())) {
            throw new IllegalArgumentException("the decision is for item " + decision.id() + ", not " + item.id());
        }
        Decision redacted = keepNames ? decision
                : NameRedaction.of(item.people(), i -> pseudonym(item.people().get(i).name())).redact(decision);
        return new AuditRecord(clock.instant(), itemDigest(item), redacted);
    }

    /** {@code sha256:} and the hex SHA-256 of the item's canonical JSON ({@link ItemWriter#toJson}), UTF-8. */
    public static String itemDigest(ContentItem item) {
        return "sha256:" + HexFormat.of().formatHex(sha256(ItemWriter.toJson(item).getBytes(StandardCharsets.UTF_8)));
    }

    /** The record as one line of compact JSON; every field is written, empty lists included. */
    public static String toJson(AuditRecord record) {
        Decision decision = record.decision();
        return JsonOut.write(out -> {
            out.writeStartObject();
            out.writeStringField("time", record.time().toString());   // ISO-8601, UTC
            out.writeStringField("id", decision.id());
            out.writeStringField("item", record.itemDigest());
            out.writeObjectFieldStart("policy");
            out.writeStringField("version", decision.policy().version());
            out.writeStringField("rules", decision.policy().rules());
            out.writeEndObject();
            out.writeStringField("verdict", decision.verdict().name());
            DecisionWriter.actions(out, decision.actions());
            DecisionWriter.findings(out, decision.findings());
            out.writeEndObject();
        });
    }

    private String pseudonym(String name) {
        MessageDigest digest = sha256();
        digest.update(salt);
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        return "person:" + HexFormat.of().formatHex(digest.digest(), 0, 6);
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Configures an {@link AuditWriter}. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String salt;
        private boolean keepNames;

        private Builder() {
        }

        /** The clock that stamps each record (default: the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The host's secret salt for the names' hashes. Keep it stable (pseudonyms stay comparable
         * across lines) and out of the log.
         */
        public Builder salt(String salt) {
            this.salt = Objects.requireNonNull(salt, "salt");
            return this;
        }

        /** Keep depicted people's names as they are (default false: replace them by hashes). */
        public Builder keepNames(boolean keep) {
            this.keepNames = keep;
            return this;
        }

        /** @throws IllegalStateException when names are hashed and no salt was given */
        public AuditWriter build() {
            if (!keepNames && (salt == null || salt.isEmpty())) {
                throw new IllegalStateException("an audit writer needs a salt for the names' hashes, or keepNames(true)");
            }
            return new AuditWriter(this);
        }
    }
}
