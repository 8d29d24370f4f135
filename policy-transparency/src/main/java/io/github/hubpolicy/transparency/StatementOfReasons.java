package io.github.hubpolicy.transparency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement of reasons (DSA Article 17) for one decision that restricts an item, with the
 * components of the DSA Transparency Database submission schema (field {@code decisionFacts} is
 * {@code decision_facts}, and so on). Its ground is always {@link #DECISION_GROUND}: the library
 * encodes the hub's terms, not the law. Values outside the schema's limits are rejected here, so
 * a statement that exists can be submitted.
 *
 * <p>Two components are not schema fields: {@code itemId}, so that the host can send the
 * statement to the item's author (Article 17(1)), and {@code redress}, the host's text on the
 * ways to seek redress (Article 17(3)(f): internal complaint handling, out-of-court dispute
 * settlement, judicial redress), which the schema does not carry. Leave both out of a database
 * submission ({@link TransparencyJson#toSubmissionJson} does).
 *
 * @param itemId                         the decided item's id (not a schema field)
 * @param puid                           {@code puid}: the host's unique id for this decision
 * @param decisionVisibility             {@code decision_visibility}: the restrictions, non-empty, in schema order
 * @param decisionVisibilityOther        {@code decision_visibility_other}: required with {@code OTHER}, else null
 * @param decisionGroundReferenceUrl     {@code decision_ground_reference_url}: the section in the policy document, or null
 * @param incompatibleContentGround      {@code incompatible_content_ground}: the terms' section relied on
 * @param incompatibleContentExplanation {@code incompatible_content_explanation}: why the content is incompatible
 * @param category                       {@code category}
 * @param categoryAddition               {@code category_addition}: further categories, maybe none
 * @param categorySpecification          {@code category_specification}: keywords, maybe none
 * @param contentType                    {@code content_type}: non-empty
 * @param contentTypeOther               {@code content_type_other}: required with {@code OTHER}, else null
 * @param territorialScope               {@code territorial_scope}: non-empty, in schema order
 * @param contentDate                    {@code content_date}: when the content was posted
 * @param applicationDate                {@code application_date}: when the decision applied
 * @param decisionFacts                  {@code decision_facts}: the facts relied on
 * @param sourceType                     {@code source_type}
 * @param sourceIdentity                 {@code source_identity}: null for {@code VOLUNTARY} (the schema drops it)
 * @param automatedDetection             {@code automated_detection}
 * @param automatedDecision              {@code automated_decision}
 * @param redress                        the ways to seek redress (not a schema field)
 */
public record StatementOfReasons(
        String itemId,
        String puid,
        List<DecisionVisibility> decisionVisibility,
        String decisionVisibilityOther,
        String decisionGroundReferenceUrl,
        String incompatibleContentGround,
        String incompatibleContentExplanation,
        StatementCategory category,
        List<StatementCategory> categoryAddition,
        List<CategoryKeyword> categorySpecification,
        List<ContentType> contentType,
        String contentTypeOther,
        List<Territory> territorialScope,
        LocalDate contentDate,
        LocalDate applicationDate,
        String decisionFacts,
        SourceType sourceType,
        String sourceIdentity,
        boolean automatedDetection,
        AutomatedDecision automatedDecision,
        String redress) {

    /** {@code decision_ground} of every statement the library builds: incompatible with the terms. */
    public static final String DECISION_GROUND = "DECISION_GROUND_INCOMPATIBLE_CONTENT";
    /** The longest {@code decision_facts}. */
    public static final int MAX_FACTS = 5000;
    /** The longest {@code incompatible_content_explanation}. */
    public static final int MAX_EXPLANATION = 2000;
    /** The longest of the short text fields (ground, URL, the two "other" texts, source identity, puid). */
    public static final int MAX_TEXT = 500;

    private static final Pattern PUID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final LocalDate END = LocalDate.of(2038, 1, 1);

    public StatementOfReasons {
        text("itemId", itemId, Integer.MAX_VALUE);
        text("puid", puid, MAX_TEXT);
        if (!PUID.matcher(puid).matches()) {
            throw new IllegalArgumentException("puid must match ^[A-Za-z0-9_-]+$");
        }
        decisionVisibility = ordered("decisionVisibility", decisionVisibility, DecisionVisibility.class);
        if (decisionVisibility.isEmpty()) {
            throw new IllegalArgumentException("decisionVisibility must not be empty");
        }
        other("decisionVisibilityOther", decisionVisibilityOther, decisionVisibility.contains(DecisionVisibility.OTHER));
        if (decisionGroundReferenceUrl != null) {
            text("decisionGroundReferenceUrl", decisionGroundReferenceUrl, MAX_TEXT);
        }
        text("incompatibleContentGround", incompatibleContentGround, MAX_TEXT);
        text("incompatibleContentExplanation", incompatibleContentExplanation, MAX_EXPLANATION);
        required("category", category);
        categoryAddition = ordered("categoryAddition", categoryAddition, StatementCategory.class);
        categorySpecification = ordered("categorySpecification", categorySpecification, CategoryKeyword.class);
        contentType = ordered("contentType", contentType, ContentType.class);
        if (contentType.isEmpty()) {
            throw new IllegalArgumentException("contentType must not be empty");
        }
        other("contentTypeOther", contentTypeOther, contentType.contains(ContentType.OTHER));
        territorialScope = ordered("territorialScope", territorialScope, Territory.class);
        if (territorialScope.isEmpty()) {
            throw new IllegalArgumentException("territorialScope must not be empty");
        }
        date("contentDate", contentDate, LocalDate.of(2000, 1, 1));
        date("applicationDate", applicationDate, LocalDate.of(2020, 1, 1));
        text("decisionFacts", decisionFacts, MAX_FACTS);
        required("sourceType", sourceType);
        if (sourceType == SourceType.VOLUNTARY) {
            sourceIdentity = null;
        } else if (sourceIdentity != null) {
            text("sourceIdentity", sourceIdentity, MAX_TEXT);
        }
        required("automatedDecision", automatedDecision);
        text("redress", redress, Integer.MAX_VALUE);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters, was " + value.length());
        }
    }

    private static void other(String field, String value, boolean needed) {
        if (needed) {
            text(field, value, MAX_TEXT);
        } else if (value != null) {
            throw new IllegalArgumentException(field + " is only allowed with OTHER");
        }
    }

    private static void date(String field, LocalDate value, LocalDate first) {
        required(field, value);
        if (value.isBefore(first) || value.isAfter(END)) {
            throw new IllegalArgumentException(field + " must be between " + first + " and " + END + ", was " + value);
        }
    }

    /** The values in declaration order (the schema's), without repeats; null is an empty list. */
    private static <E extends Enum<E>> List<E> ordered(String field, Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            if (value == null) {   // List.of(...).contains(null) would throw, so check one by one
                throw new IllegalArgumentException(field + " must not hold null");
            }
            set.add(value);
        }
        return List.copyOf(set);
    }
}
