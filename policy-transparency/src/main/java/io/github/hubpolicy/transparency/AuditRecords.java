package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.ItemWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Makes the audit record of each decision; {@link TransparencyJson#toJson(AuditRecord)} writes it
 * as one self-contained line of JSON:
 *
 * <pre>{@code {"time":"2025-06-02T09:30:00Z","id":"…","item":"sha256:…","policy":{"version","rules"},
 *  "verdict":"RESTRICT","actions":[…],"findings":[{"section","rule","verdict","actions","rationale","evidence"}…]}}</pre>
 *
 * Names of depicted people are replaced by {@code person:} and the first 12 hex digits of
 * SHA-256 over the host's salt and the name: the same person gets the same pseudonym in every
 * line, so lines can be related without naming anyone, and the salt keeps the hash from being
 * reversed by trying names. A host that must keep names opts in with {@link
 * AuditSettings.Builder#keepNames}.
 *
 * <pre>{@code
 * AuditRecords audit = AuditRecords.with(AuditSettings.builder().salt(secret).build());   // once
 * log.println(TransparencyJson.toJson(audit.of(decision, item)));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class AuditRecords {
    private final AuditSettings settings;
    private final byte[] salt;

    private AuditRecords(AuditSettings settings) {
        this.settings = settings;
        this.salt = settings.salt() == null ? new byte[0] : settings.salt().getBytes(StandardCharsets.UTF_8);
    }

    /** Audit records made with these settings. */
    public static AuditRecords with(AuditSettings settings) {
        return new AuditRecords(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The audit record of a decision on {@code item}, stamped with the settings' clock.
     *
     * @throws IllegalArgumentException when the decision is for another item
     */
    public AuditRecord of(Decision decision, ContentItem item) {
        if (!decision.id().equals(item.id())) {
            throw new IllegalArgumentException("the decision is for item " + decision.id() + ", not " + item.id());
        }
        Decision redacted = settings.keepNames() ? decision
                : NameRedaction.of(item.people(), i -> pseudonym(item.people().get(i).name())).redact(decision);
        return new AuditRecord(settings.clock().instant(), itemDigest(item), redacted);
    }

    /** {@code sha256:} and the hex SHA-256 of the item's canonical JSON ({@link ItemWriter#toJson}), UTF-8. */
    public static String itemDigest(ContentItem item) {
        return "sha256:" + HexFormat.of().formatHex(sha256().digest(ItemWriter.toJson(item).getBytes(StandardCharsets.UTF_8)));
    }

    private String pseudonym(String name) {
        MessageDigest digest = sha256();
        digest.update(salt);
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        return "person:" + HexFormat.of().formatHex(digest.digest(), 0, 6);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
