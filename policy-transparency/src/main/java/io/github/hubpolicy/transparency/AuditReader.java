package io.github.hubpolicy.transparency;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.api.internal.SafeText;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads an audit line ({@link TransparencyJson#toJson(AuditRecord)}) back into an {@link AuditRecord}, to replay it
 * or to search a log. Strict like the item reader: a missing or unknown key, a repeated key or an
 * unknown verdict or action is an error naming the field.
 */
final class AuditReader {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> KEYS = Set.of("time", "id", "item", "policy", "verdict", "actions", "findings");
    private static final Set<String> POLICY_KEYS = Set.of("version", "rules");
    private static final Set<String> FINDING_KEYS = Set.of("section", "rule", "verdict", "actions", "rationale", "evidence");

    private AuditReader() {
    }

    /** @throws IllegalArgumentException naming the field, when the line is not an audit record */
    static AuditRecord parse(String line) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an audit line: " + e.getOriginalMessage());
        }
        object(root, "", KEYS);
        Instant time;
        try {
            time = Instant.parse(text(root, "time"));
        } catch (DateTimeParseException e) {
            throw problem("time", "not an ISO-8601 instant");
        }
        JsonNode policy = root.get("policy");
        object(policy, "policy", POLICY_KEYS);
        List<Finding> findings = new ArrayList<>();
        JsonNode array = array(root, "findings");
        for (int i = 0; i < array.size(); i++) {
            JsonNode f = array.get(i);
            String at = "findings[" + i + "]";
            object(f, at, FINDING_KEYS);
            List<String> evidence = new ArrayList<>();
            JsonNode items = array(f, "evidence", at);
            for (int e = 0; e < items.size(); e++) {
                if (!items.get(e).isTextual()) {
                    throw problem(at + ".evidence[" + e + "]", "expected a string");
                }
                evidence.add(items.get(e).asText());
            }
            findings.add(new Finding(text(f, "section", at), text(f, "rule", at), verdict(f, at),
                    actions(f, at), text(f, "rationale", at), evidence));
        }
        String id = text(root, "id");
        Verdict verdict = verdict(root, "");
        List<Action> actions = actions(root, "");
        String version = text(policy, "version", "policy");
        String rules = text(policy, "rules", "policy");
        String item = text(root, "item");
        try {   // the records' own checks: a blank id, a malformed digest
            return new AuditRecord(time, item, new Decision(id, verdict, actions, findings, new PolicyId(version, rules)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an audit line: " + e.getMessage(), e);
        }
    }

    private static void object(JsonNode node, String at, Set<String> keys) {
        if (node == null || !node.isObject()) {
            throw problem(at.isEmpty() ? "(line)" : at, "expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw problem(path(at, name), "unknown key");
            }
        }
        for (String key : keys) {
            if (!node.has(key)) {
                throw problem(path(at, key), "is required");
            }
        }
    }

    private static String text(JsonNode node, String key) {
        return text(node, key, "");
    }

    private static String text(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (!value.isTextual()) {
            throw problem(path(at, key), "expected a string");
        }
        return value.asText();
    }

    private static JsonNode array(JsonNode node, String key) {
        return array(node, key, "");
    }

    private static JsonNode array(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw problem(path(at, key), "expected an array");
        }
        return value;
    }

    private static Verdict verdict(JsonNode node, String at) {
        String value = text(node, "verdict", at);
        try {
            return Verdict.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw problem(path(at, "verdict"), "unknown verdict '" + SafeText.excerpt(value) + "'");
        }
    }

    private static List<Action> actions(JsonNode node, String at) {
        JsonNode array = array(node, "actions", at);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String value = array.get(i).asText();
            try {
                actions.add(Action.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw problem(path(at, "actions") + "[" + i + "]", "unknown action '" + SafeText.excerpt(value) + "'");
            }
        }
        return actions;
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    private static IllegalArgumentException problem(String field, String problem) {
        return new IllegalArgumentException("field '" + field + "': " + problem);
    }
}
