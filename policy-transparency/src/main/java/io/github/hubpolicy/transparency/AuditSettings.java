package io.github.hubpolicy.transparency;

import java.time.Clock;
import java.util.Objects;

/**
 * How the host keeps its audit records ({@link AuditRecords}): the clock that stamps them and the
 * secret salt that turns depicted people's names into stable pseudonyms. Immutable; build once
 * with {@link #builder()}.
 */
public final class AuditSettings {
    private final Clock clock;
    private final String salt;
    private final boolean keepNames;

    private AuditSettings(Builder builder) {
        this.clock = builder.clock;
        this.salt = builder.salt;
        this.keepNames = builder.keepNames;
    }

    /** A builder; a salt is required unless names are kept. */
    public static Builder builder() {
        return new Builder();
    }

    Clock clock() {
        return clock;
    }

    /** The salt, or {@code null} when names are kept. */
    String salt() {
        return salt;
    }

    boolean keepNames() {
        return keepNames;
    }

    /** Configures {@link AuditSettings}. Not thread-safe. */
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
        public AuditSettings build() {
            if (!keepNames && (salt == null || salt.isEmpty())) {
                throw new IllegalStateException("audit settings need a salt for the names' hashes, or keepNames(true)");
            }
            return new AuditSettings(this);
        }
    }
}
