package io.github.hubpolicy.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DSA Transparency Database submission schema, copied by hand from the project's notes
 * (/work/shared/notes/dsa.md: "Statements of reasons: the DSA Transparency Database submission
 * schema"), independent of the main code's enums, and a validator for a submission's JSON.
 */
public final class DsaSchema {
    public static final Set<String> VISIBILITY = Set.of("DECISION_VISIBILITY_CONTENT_REMOVED",
            "DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED",
            "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
            "DECISION_VISIBILITY_CONTENT_LABELLED", "DECISION_VISIBILITY_OTHER");
    public static final Set<String> MONETARY = Set.of("DECISION_MONETARY_SUSPENSION", "DECISION_MONETARY_TERMINATION",
            "DECISION_MONETARY_OTHER");
    public static final Set<String> PROVISION = Set.of("DECISION_PROVISION_PARTIAL_SUSPENSION",
            "DECISION_PROVISION_TOTAL_SUSPENSION", "DECISION_PROVISION_PARTIAL_TERMINATION",
            "DECISION_PROVISION_TOTAL_TERMINATION");
    public static final Set<String> ACCOUNT = Set.of("DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED");
    public static final Set<String> GROUNDS = Set.of("DECISION_GROUND_ILLEGAL_CONTENT", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
    public static final Set<String> YES_NO = Set.of("Yes", "No");
    public static final Set<String> CONTENT_TYPES = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO",
            "CONTENT_TYPE_OTHER");
    public static final Set<String> CATEGORIES = Set.of("STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "STATEMENT_CATEGORY_CONSUMER_INFORMATION", "STATEMENT_CATEGORY_CYBER_VIOLENCE",
            "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN", "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
            "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
            "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS", "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
            "STATEMENT_CATEGORY_OTHER_VIOLATION_TC", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            "STATEMENT_CATEGORY_SELF_HARM", "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
            "STATEMENT_CATEGORY_VIOLENCE");
    /** The values the current schema rejects (dsa.md: "Older values"). */
    public static final Set<String> REJECTED = Set.of("STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR",
            "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT", "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
            "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS", "KEYWORD_DANGEROUS_TOYS");
    /** The keywords dsa.md names (the schema has more; the library may use only these). */
    public static final Set<String> KEYWORDS = Set.of("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
            "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING", "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE", "KEYWORD_HATE_SPEECH",
            "KEYWORD_CYBER_HARASSMENT", "KEYWORD_COPYRIGHT_INFRINGEMENT", "KEYWORD_ADULT_SEXUAL_MATERIAL",
            "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING", "KEYWORD_MISSING_PROCESSING_GROUND", "KEYWORD_OTHER");
    public static final Set<String> TERRITORIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK");
    public static final Set<String> SOURCES = Set.of("SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER",
            "SOURCE_TYPE_OTHER_NOTIFICATION", "SOURCE_VOLUNTARY");
    public static final Set<String> AUTOMATED_DECISIONS = Set.of("AUTOMATED_DECISION_FULLY",
            "AUTOMATED_DECISION_PARTIALLY", "AUTOMATED_DECISION_NOT_AUTOMATED");
    /** The Llama Guard 3 hazard categories, as dsa.md copies them from the model card. */
    public static final List<String> LLAMA_GUARD = List.of("S1 Violent Crimes", "S2 Non-Violent Crimes",
            "S3 Sex-Related Crimes", "S4 Child Sexual Exploitation", "S5 Defamation", "S6 Specialized Advice",
            "S7 Privacy", "S8 Intellectual Property", "S9 Indiscriminate Weapons", "S10 Hate", "S11 Suicide & Self-Harm",
            "S12 Sexual Content", "S13 Elections", "S14 Code Interpreter Abuse");

    /** Every field of the schema table in dsa.md. */
    static final Set<String> FIELDS = Set.of("decision_visibility", "decision_visibility_other", "decision_monetary",
            "decision_monetary_other", "decision_provision", "decision_account", "end_date_visibility_restriction",
            "end_date_monetary_restriction", "end_date_service_restriction", "end_date_account_restriction",
            "account_type", "decision_ground", "decision_ground_reference_url", "incompatible_content_ground",
            "incompatible_content_explanation", "incompatible_content_illegal", "illegal_content_legal_ground",
            "illegal_content_explanation", "content_type", "content_type_other", "category", "category_addition",
            "category_specification", "territorial_scope", "content_language", "content_date", "application_date",
            "decision_facts", "source_type", "source_identity", "automated_detection", "automated_decision", "puid");
    private static final Pattern PUID = Pattern.compile("^[A-Za-z0-9_-]+$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private DsaSchema() {
    }

    /** Every way the submission breaks the schema; empty when it conforms. */
    public static List<String> problems(JsonNode submission) {
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = submission.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add("not a schema field: " + name);
            }
        }
        for (String required : List.of("decision_ground", "content_type", "category", "territorial_scope",
                "content_date", "application_date", "decision_facts", "source_type", "automated_detection",
                "automated_decision", "puid")) {
            if (!submission.hasNonNull(required)) {
                problems.add("missing " + required);
            }
        }
        if (!(submission.has("decision_visibility") || submission.has("decision_monetary")
                || submission.has("decision_provision") || submission.has("decision_account"))) {
            problems.add("no restriction field");
        }
        values(submission, "decision_visibility", VISIBILITY, true, problems);
        values(submission, "decision_monetary", MONETARY, false, problems);
        values(submission, "decision_provision", PROVISION, false, problems);
        values(submission, "decision_account", ACCOUNT, false, problems);
        values(submission, "decision_ground", GROUNDS, false, problems);
        values(submission, "category", CATEGORIES, false, problems);
        values(submission, "category_addition", CATEGORIES, true, problems);
        values(submission, "category_specification", KEYWORDS, true, problems);
        values(submission, "content_type", CONTENT_TYPES, true, problems);
        values(submission, "territorial_scope", TERRITORIES, true, problems);
        values(submission, "source_type", SOURCES, false, problems);
        values(submission, "automated_detection", YES_NO, false, problems);
        values(submission, "automated_decision", AUTOMATED_DECISIONS, false, problems);
        values(submission, "incompatible_content_illegal", YES_NO, false, problems);
        if (submission.has("content_type") && submission.get("content_type").isEmpty()) {
            problems.add("content_type is empty");
        }
        otherText(submission, "decision_visibility", "DECISION_VISIBILITY_OTHER", "decision_visibility_other", problems);
        otherText(submission, "content_type", "CONTENT_TYPE_OTHER", "content_type_other", problems);
        if ("DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(text(submission, "decision_ground"))) {
            for (String field : List.of("incompatible_content_ground", "incompatible_content_explanation")) {
                if (text(submission, field) == null || text(submission, field).isBlank()) {
                    problems.add("missing " + field);
                }
            }
        }
        length(submission, "decision_visibility_other", 500, problems);
        length(submission, "decision_ground_reference_url", 500, problems);
        length(submission, "incompatible_content_ground", 500, problems);
        length(submission, "incompatible_content_explanation", 2000, problems);
        length(submission, "content_type_other", 500, problems);
        length(submission, "decision_facts", 5000, problems);
        length(submission, "source_identity", 500, problems);
        length(submission, "puid", 500, problems);
        String puid = text(submission, "puid");
        if (puid != null && !PUID.matcher(puid).matches()) {
            problems.add("puid does not match ^[A-Za-z0-9_-]+$: " + puid);
        }
        date(submission, "content_date", LocalDate.of(2000, 1, 1), problems);
        date(submission, "application_date", LocalDate.of(2020, 1, 1), problems);
        String url = text(submission, "decision_ground_reference_url");
        if (url != null && !url.matches("^https?://\\S+$")) {
            problems.add("decision_ground_reference_url is not a URL: " + url);
        }
        return problems;
    }

    /** Asserts the submission conforms, listing every problem otherwise. */
    public static void assertConforms(JsonNode submission) {
        assertThat(problems(submission)).as("schema problems of %s", submission).isEmpty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void values(JsonNode node, String field, Set<String> allowed, boolean array, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (array != value.isArray()) {
            problems.add(field + (array ? " must be an array" : " must be a single value"));
            return;
        }
        for (JsonNode each : array ? value : List.of(value)) {
            if (!each.isTextual() || !allowed.contains(each.asText()) || REJECTED.contains(each.asText())) {
                problems.add(field + ": not in the schema's enumeration: " + each);
            }
        }
    }

    private static void otherText(JsonNode node, String field, String other, String textField, List<String> problems) {
        boolean hasOther = node.has(field) && node.get(field).toString().contains("\"" + other + "\"");
        if (hasOther != (text(node, textField) != null)) {
            problems.add(textField + (hasOther ? " is required with " + other : " is only allowed with " + other));
        }
    }

    private static void length(JsonNode node, String field, int max, List<String> problems) {
        String value = text(node, field);
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }

    private static void date(JsonNode node, String field, LocalDate first, List<String> problems) {
        String value = text(node, field);
        if (value == null) {
            return;
        }
        if (!DATE.matcher(value).matches()) {
            problems.add(field + " is not YYYY-MM-DD: " + value);
            return;
        }
        LocalDate date = LocalDate.parse(value);
        if (date.isBefore(first) || date.isAfter(LocalDate.of(2038, 1, 1))) {
            problems.add(field + " is outside " + first + "..2038-01-01: " + value);
        }
    }
}
