package io.github.hubpolicy.spark;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.Finding;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The jobs' output schemas, and decisions as rows. Field names and order follow the JSON wire
 * format of decisions ({@code item-format.md}), so a row reads as the line {@code policy-cli
 * evaluate} prints for the same item.
 */
final class Rows {
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

    /** One finding: section, rule, verdict, actions, rationale, evidence. */
    static final StructType FINDING = new StructType(new StructField[] {
            field("section", DataTypes.StringType, false),
            field("rule", DataTypes.StringType, false),
            field("verdict", DataTypes.StringType, false),
            field("actions", STRINGS, false),
            field("rationale", DataTypes.StringType, false),
            field("evidence", STRINGS, false)});

    /** The policy that decided: version and rule-set digest. */
    static final StructType POLICY = new StructType(new StructField[] {
            field("version", DataTypes.StringType, false),
            field("rules", DataTypes.StringType, false)});

    /** A decision without its id: verdict, actions, sections, findings, policy. */
    static final StructType DECISION = new StructType(new StructField[] {
            field("verdict", DataTypes.StringType, false),
            field("actions", STRINGS, false),
            field("sections", STRINGS, false),
            field("findings", DataTypes.createArrayType(FINDING, false), false),
            field("policy", POLICY, false)});

    /** One section's change: section, from, to (null for no finding). */
    static final StructType SECTION_CHANGE = new StructType(new StructField[] {
            field("section", DataTypes.StringType, false),
            field("from", DataTypes.StringType, true),
            field("to", DataTypes.StringType, true)});

    private Rows() {
    }

    /**
     * The decide job's rows: where the item was ({@code file}, {@code line}), then the decision's
     * fields, or {@code error} (and the id when it could be read) for a line that could not be read.
     */
    static StructType decisions(boolean statements, boolean audit) {
        StructType schema = new StructType(new StructField[] {
                field("file", DataTypes.StringType, false),
                field("line", DataTypes.IntegerType, false),
                field("id", DataTypes.StringType, true),
                field("verdict", DataTypes.StringType, true),
                field("actions", STRINGS, true),
                field("sections", STRINGS, true),
                field("findings", DataTypes.createArrayType(FINDING, false), true),
                field("policy", POLICY, true),
                field("error", DataTypes.StringType, true)});
        if (statements) {
            schema = schema.add("statement", DataTypes.StringType, true);
        }
        if (audit) {
            schema = schema.add("audit", DataTypes.StringType, true);
        }
        return schema;
    }

    /**
     * The diff job's rows, one per changed or unreadable item: where it was, its id, each section
     * whose outcome changed, both decisions, or {@code error}. {@code order} is the file's place
     * among the inputs, for sorting as the CLI reports.
     */
    static final StructType CHANGES = new StructType(new StructField[] {
            field("file", DataTypes.StringType, false),
            field("line", DataTypes.IntegerType, false),
            field("id", DataTypes.StringType, true),
            field("sections", DataTypes.createArrayType(SECTION_CHANGE, false), true),
            field("base", DECISION, true),
            field("candidate", DECISION, true),
            field("error", DataTypes.StringType, true),
            field("order", DataTypes.IntegerType, false)});

    /** The diff job's summary: how many items each section's outcome moved from one verdict to another. */
    static final StructType SUMMARY = new StructType(new StructField[] {
            field("section", DataTypes.StringType, false),
            field("from", DataTypes.StringType, true),
            field("to", DataTypes.StringType, true),
            field("items", DataTypes.LongType, false)});

    static Object[] decisionFields(Decision d) {
        return new Object[] {d.verdict().name(), names(d.actions()), seq(List.copyOf(d.sections())),
                seq(d.findings().stream().map(Rows::finding).toList()),
                RowFactory.create(d.policy().version(), d.policy().rules())};
    }

    /** A list as a row's array value: Spark's row encoder takes Scala sequences, not Java lists. */
    static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    static Row decision(Decision d) {
        return RowFactory.create(decisionFields(d));
    }

    static Row sectionChange(DecisionChange.SectionChange change) {
        return RowFactory.create(change.section(), change.from() == null ? null : change.from().name(),
                change.to() == null ? null : change.to().name());
    }

    private static Row finding(Finding f) {
        return RowFactory.create(f.section(), f.rule(), f.verdict().name(), names(f.actions()), f.rationale(),
                seq(List.copyOf(f.evidence())));
    }

    static Seq<String> names(List<Action> actions) {
        return seq(actions.stream().map(Action::name).toList());
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
