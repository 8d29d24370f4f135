package io.github.hubpolicy.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A decide row read back from Parquet, written as the JSON line {@code policy-cli evaluate} prints
 * ({@code DecisionWriter}'s field order), so that tests compare the two outputs line for line.
 */
final class WireJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WireJson() {
    }

    static String of(Row row) {
        ObjectNode json = MAPPER.createObjectNode();
        String error = row.getAs("error");
        if (error != null) {
            json.put("line", (Integer) row.getAs("line"));
            json.put("id", (String) row.getAs("id"));
            json.put("error", error);
        } else {
            json.put("id", (String) row.getAs("id"));
            json.put("verdict", (String) row.getAs("verdict"));
            strings(json.putArray("actions"), row.getList(row.fieldIndex("actions")));
            ArrayNode findings = json.putArray("findings");
            for (Row f : row.<Row>getList(row.fieldIndex("findings"))) {
                ObjectNode finding = findings.addObject();
                finding.put("section", f.getString(0)).put("rule", f.getString(1)).put("verdict", f.getString(2));
                strings(finding.putArray("actions"), f.getList(3));
                finding.put("rationale", f.getString(4));
                strings(finding.putArray("evidence"), f.getList(5));
            }
            Row policy = row.getAs("policy");
            json.putObject("policy").put("version", policy.getString(0)).put("rules", policy.getString(1));
        }
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
