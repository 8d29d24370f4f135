package io.github.hubpolicy.transparency;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ContentKind;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.api.catalog.SectionInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the statement of reasons for a decision that restricts an item. How each element is
 * filled:
 * <ul>
 * <li>{@code decision_visibility}: from the resolved actions ({@link #visibility}); a {@code
 *     REMOVE} verdict is always a removal. {@code SUSPEND_AUTHOR} never becomes {@code
 *     decision_account}: the library only recommends it, and a person at the host confirms first;
 *     the confirmed suspension gets its own statement from the host.</li>
 * <li>{@code decision_facts}: every finding's rationale and evidence, most severe first, with
 *     depicted people's names replaced by their {@code people[i]} field, since the database
 *     is public and must hold no personal data.</li>
 * <li>ground: incompatible with the terms, naming the most severe finding's guideline section and
 *     linking to its anchor in the host's policy document; {@code category} from that section's
 *     crosswalk, {@code category_addition} and keywords from the other restricting sections.</li>
 * <li>{@code content_type} from the item's kind ({@link #contentType}).</li>
 * </ul>
 *
 * <pre>{@code
 * Statements statements = Statements.with(settings);        // once, from the host's settings
 * statements.of(decision, item).map(TransparencyJson::toJson).ifPresent(out::println);
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class Statements {
    /** A restriction the schema has no value for: gating, where every user may still ask for access. */
    static final String GATED = "Access gated: the files are shown only to users who request access and accept the author's conditions.";
    /** For a RESTRICT decision none of whose actions restricts visibility (a host's own rule, say). */
    static final String LIMITED = "Access limited pending review by a person at the host.";
    static final String MODEL = "Machine-learning model repository (weights, code and model card)";
    static final String DATASET = "Dataset repository (data files and dataset card)";

    private final StatementSettings settings;

    private Statements(StatementSettings settings) {
        this.settings = settings;
    }

    /** Statements made with these settings. */
    public static Statements with(StatementSettings settings) {
        return new Statements(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The statement of reasons for a {@code RESTRICT} or {@code REMOVE} decision; empty for milder
     * verdicts, which restrict nothing.
     *
     * @param decision the decision on {@code item}
     * @param item     the item as decided (its kind gives the content type; its people's names are redacted)
     * @throws IllegalArgumentException when the decision is for another item, or the host's puid is malformed
     */
    public Optional<StatementOfReasons> of(Decision decision, ContentItem item) {
        if (!decision.id().equals(item.id())) {
            throw new IllegalArgumentException("the decision is for item " + decision.id() + ", not " + item.id());
        }
        if (!decision.verdict().atLeast(Verdict.RESTRICT)) {
            return Optional.empty();
        }
        Decision redacted = NameRedaction.of(item.people(), i -> "people[" + i + "]").redact(decision);
        Finding primary = redacted.findings().get(0);   // most severe first: its verdict is the decision's
        SectionCrosswalk section = info(primary.section());

        Set<StatementCategory> additions = EnumSet.noneOf(StatementCategory.class);
        Set<CategoryKeyword> keywords = EnumSet.noneOf(CategoryKeyword.class);
        Set<String> others = new LinkedHashSet<>();
        keywords.addAll(section.dsaKeywords());
        for (Finding finding : redacted.findings()) {
            if (finding.verdict().atLeast(Verdict.RESTRICT) && !finding.section().equals(section.id())) {
                SectionCrosswalk other = info(finding.section());
                others.add(other.id() + " (" + other.section().title() + ")");
                additions.add(other.dsaCategory());
                keywords.addAll(other.dsaKeywords());
            }
        }
        additions.remove(section.dsaCategory());

        Set<DecisionVisibility> visibility = visibility(decision.verdict(), decision.actions());
        String visibilityOther = null;
        if (visibility.isEmpty()) {
            visibility.add(DecisionVisibility.OTHER);
            visibilityOther = LIMITED;
        } else if (visibility.contains(DecisionVisibility.OTHER)) {
            visibilityOther = GATED;
        }
        ContentType type = contentType(item.kind());
        String typeOther = switch (item.kind()) {
            case MODEL -> MODEL;
            case DATASET -> DATASET;
            default -> null;
        };

        LocalDate applied = LocalDate.now(settings.clock());
        LocalDate posted = settings.contentDates() == null ? applied : settings.contentDates().apply(item);
        String puid = settings.puids() == null ? derivedPuid(decision) : settings.puids().apply(decision);

        String ground = "Content guidelines " + decision.policy().version() + ", section " + section.id() + ": "
                + section.section().title();
        String explanation = section.section().summary() + " Here: " + primary.rationale()
                + (others.isEmpty() ? "" : " Also against section" + (others.size() > 1 ? "s " : " ")
                + String.join(", ", others) + ".");
        return Optional.of(new StatementOfReasons(
                decision.id(), puid, List.copyOf(visibility), visibilityOther,
                settings.policyDocument() + "#" + section.id(),
                clip(ground, StatementOfReasons.MAX_TEXT), clip(explanation, StatementOfReasons.MAX_EXPLANATION),
                section.dsaCategory(), List.copyOf(additions), List.copyOf(keywords),
                List.of(type), typeOther, List.copyOf(settings.territorialScope()),
                posted, applied, facts(redacted.findings()),
                settings.sourceType(), settings.sourceIdentity(),
                settings.automatedDetection(), settings.automatedDecision(), settings.redress()));
    }

    /**
     * The visibility restrictions the actions carry out. Actions that restrict nothing (notify,
     * request a change, review, revoke, warn) and recommendations a person confirms (suspend,
     * report) have none.
     */
    static Set<DecisionVisibility> visibility(Verdict verdict, List<Action> actions) {
        Set<DecisionVisibility> visibility = EnumSet.noneOf(DecisionVisibility.class);
        if (verdict == Verdict.REMOVE) {
            visibility.add(DecisionVisibility.CONTENT_REMOVED);   // the verdict is the take-down
        }
        for (Action action : actions) {
            switch (action) {
                case REMOVE -> visibility.add(DecisionVisibility.CONTENT_REMOVED);
                // HIDE keeps a comment stored but takes it out of others' reach: disabling access,
                // as DISABLE does for an artifact.
                case DISABLE, HIDE -> visibility.add(DecisionVisibility.CONTENT_DISABLED);
                case DOWNRANK -> visibility.add(DecisionVisibility.CONTENT_DEMOTED);
                // Not CONTENT_AGE_RESTRICTED: a gate checks no age, and anyone may still ask.
                case GATE_ACCESS -> visibility.add(DecisionVisibility.OTHER);
                // The audience tag and a warning label the content; viewers still choose to see it.
                case ADD_AUDIENCE_TAG, SHOW_WARNING -> visibility.add(DecisionVisibility.CONTENT_LABELLED);
                case REQUEST_CHANGE, NOTIFY_AUTHOR, REVOKE_CREDENTIAL, HUMAN_REVIEW, WARN_AUTHOR,
                     SUSPEND_AUTHOR, REPORT_TO_AUTHORITIES -> {
                    // no visibility restriction
                }
            }
        }
        return visibility;
    }

    /**
     * Discussions and comments are text. A Space is a hosted app. Models and datasets have no
     * schema value: a repository of weights or data files is neither text nor synthetic media
     * (a model makes such media; it is not one), so they are {@code OTHER}, described.
     */
    static ContentType contentType(ContentKind kind) {
        return switch (kind) {
            case DISCUSSION, COMMENT -> ContentType.TEXT;
            case SPACE -> ContentType.APP;
            case MODEL, DATASET -> ContentType.OTHER;
        };
    }

    private static SectionCrosswalk info(String section) {
        // Rules can only name catalog sections; engine findings never restrict. Kept safe anyway.
        return SectionCrosswalk.find(section).orElseGet(() -> new SectionCrosswalk(new SectionInfo(section, section,
                "A breach of the content guidelines.", List.of()), StatementCategory.OTHER_VIOLATION_TC, List.of(), List.of()));
    }

    /** One line per finding, most severe first, whole lines while they fit, then a count of the rest. */
    static String facts(List<Finding> findings) {
        StringBuilder facts = new StringBuilder();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String line = f.section() + " (" + f.verdict() + "): " + f.rationale()
                    + (f.evidence().isEmpty() ? "" : " Evidence: " + String.join("; ", f.evidence()) + ".");
            String rest = "\n(" + (findings.size() - i - 1) + " more findings left out)";
            int room = StatementOfReasons.MAX_FACTS - facts.length() - (i == 0 ? 0 : 1)
                    - (i == findings.size() - 1 ? 0 : rest.length());
            if (line.length() > room) {
                if (i == 0) {
                    return clip(line, StatementOfReasons.MAX_FACTS);
                }
                return facts.append("\n(").append(findings.size() - i).append(" more findings left out)").toString();
            }
            facts.append(i == 0 ? "" : "\n").append(line);
        }
        return facts.toString();
    }

    /** The text cut to {@code max} characters, ending in an ellipsis when cut, never splitting a surrogate pair. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** {@code sor-} and 32 hex digits of a digest of what identifies this decision at this instant. */
    private String derivedPuid(Decision decision) {
        String identity = String.join("\n", decision.id(), decision.verdict().name(), decision.actions().toString(),
                decision.policy().rules(), settings.clock().instant().toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "sor-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
