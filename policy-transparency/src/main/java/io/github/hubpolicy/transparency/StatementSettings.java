package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What only the host knows about its statements of reasons: where its policy document is, how
 * users seek redress, how far its decisions are automated, where they apply, and the ids and
 * dates it keeps. Immutable and thread-safe; build once with {@link #builder()}.
 */
public final class StatementSettings {
    private final URI policyDocument;
    private final String redress;
    private final boolean automatedDetection;
    private final AutomatedDecision automatedDecision;
    private final SourceType sourceType;
    private final String sourceIdentity;
    private final Set<Territory> territorialScope;
    private final Clock clock;
    private final Function<Decision, String> puids;
    private final Function<ContentItem, LocalDate> contentDates;

    private StatementSettings(Builder b) {
        this.policyDocument = b.policyDocument;
        this.redress = b.redress;
        this.automatedDetection = b.automatedDetection;
        this.automatedDecision = b.automatedDecision;
        this.sourceType = b.sourceType;
        this.sourceIdentity = b.sourceIdentity;
        this.territorialScope = Set.copyOf(b.territorialScope);
        this.clock = b.clock;
        this.puids = b.puids;
        this.contentDates = b.contentDates;
    }

    /** A builder; the policy document, the redress text and the automated decision are required. */
    public static Builder builder() {
        return new Builder();
    }

    URI policyDocument() {
        return policyDocument;
    }

    String redress() {
        return redress;
    }

    boolean automatedDetection() {
        return automatedDetection;
    }

    AutomatedDecision automatedDecision() {
        return automatedDecision;
    }

    SourceType sourceType() {
        return sourceType;
    }

    String sourceIdentity() {
        return sourceIdentity;
    }

    Set<Territory> territorialScope() {
        return territorialScope;
    }

    Clock clock() {
        return clock;
    }

    /** The host's puid for a decision, or {@code null} to derive one. */
    Function<Decision, String> puids() {
        return puids;
    }

    /** The item's posting date, or {@code null} for the application date. */
    Function<ContentItem, LocalDate> contentDates() {
        return contentDates;
    }

    /** Configures {@link StatementSettings}. Not thread-safe. */
    public static final class Builder {
        private URI policyDocument;
        private String redress;
        private boolean automatedDetection = true;
        private AutomatedDecision automatedDecision;
        private SourceType sourceType = SourceType.VOLUNTARY;
        private String sourceIdentity;
        private Set<Territory> territorialScope = Territory.eea();
        private Clock clock = Clock.systemUTC();
        private Function<Decision, String> puids;
        private Function<ContentItem, LocalDate> contentDates;

        private Builder() {
        }

        /**
         * The published policy document (required): an absolute {@code http} or {@code https} URL
         * without a fragment. A statement links to {@code document#section-id}, so the document
         * needs an anchor named after each section id (e.g. {@code #consent.likeness}).
         */
        public Builder policyDocument(URI document) {
            Objects.requireNonNull(document, "document");
            if (!document.isAbsolute() || !("https".equals(document.getScheme()) || "http".equals(document.getScheme()))
                    || document.getFragment() != null) {
                throw new IllegalArgumentException("the policy document must be an http(s) URL without a fragment");
            }
            this.policyDocument = document;
            return this;
        }

        /**
         * How the author can seek redress (required): the internal complaint-handling system,
         * out-of-court dispute settlement and judicial redress (Article 17(3)(f)). Not a schema
         * field: the statement carries it for the author.
         */
        public Builder redress(String text) {
            this.redress = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Whether the content was detected by automated means ({@code automated_detection}; default true). */
        public Builder automatedDetection(boolean automated) {
            this.automatedDetection = automated;
            return this;
        }

        /**
         * How far the decisions the host applies are automated ({@code automated_decision};
         * required): {@code FULLY} when it applies them as they come, {@code PARTIALLY} when a
         * person confirms them.
         */
        public Builder automatedDecision(AutomatedDecision automation) {
            this.automatedDecision = Objects.requireNonNull(automation, "automation");
            return this;
        }

        /**
         * What the decisions start from ({@code source_type}; default {@code VOLUNTARY}, the
         * host's own initiative). A host that decides because of a notice (e.g. {@code
         * ARTICLE_16}) builds those statements with settings saying so.
         */
        public Builder sourceType(SourceType type) {
            this.sourceType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** Who sent the notice ({@code source_identity}, at most 500 characters); ignored for {@code VOLUNTARY}. */
        public Builder sourceIdentity(String identity) {
            this.sourceIdentity = identity;
            return this;
        }

        /** Where the restriction applies ({@code territorial_scope}; default every EEA country). */
        public Builder territorialScope(Set<Territory> scope) {
            if (scope.isEmpty()) {
                throw new IllegalArgumentException("the territorial scope must not be empty");
            }
            this.territorialScope = EnumSet.copyOf(scope);
            return this;
        }

        /** The clock whose date is the {@code application_date} (default: the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The host's own unique id for each decision ({@code puid}: letters, digits, {@code _} and
         * {@code -}, at most 500, never reused). By default one is derived from the item id, the
         * outcome, the rule set and the clock's instant.
         */
        public Builder puids(Function<Decision, String> puids) {
            this.puids = Objects.requireNonNull(puids, "puids");
            return this;
        }

        /** When each item was posted ({@code content_date}); by default the application date. */
        public Builder contentDates(Function<ContentItem, LocalDate> contentDates) {
            this.contentDates = Objects.requireNonNull(contentDates, "contentDates");
            return this;
        }

        /** @throws IllegalStateException when a required setting is missing */
        public StatementSettings build() {
            if (policyDocument == null || redress == null || redress.isBlank() || automatedDecision == null) {
                throw new IllegalStateException("statement settings need a policy document, a redress text and the automated decision");
            }
            if (sourceIdentity != null && sourceIdentity.length() > StatementOfReasons.MAX_TEXT) {
                throw new IllegalArgumentException("the source identity must be at most 500 characters");
            }
            return new StatementSettings(this);
        }
    }
}
