package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.transparency.Statements;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The {@code --format statement} output: one statement of reasons per line for each {@code
 * RESTRICT} or {@code REMOVE} decision, in the Transparency Database's field names ({@link
 * TransparencyJson#toJson(io.github.hubpolicy.transparency.StatementOfReasons)}); nothing for milder decisions; an unreadable item's error record as
 * the other formats print it.
 *
 * <p>A statement needs the item as well as the decision (its kind is the content type, and its
 * depicted people's names are redacted), so decisions come in through {@link #decision(Decision,
 * ContentItem)}; {@link #decision(Decision)} alone cannot make one.
 */
final class StatementPrinter implements EvaluateCommand.DecisionPrinter {
    private final PrintWriter out;
    private final Statements statements;

    StatementPrinter(PrintWriter out, Statements statements) {
        this.out = Objects.requireNonNull(out, "out");
        this.statements = Objects.requireNonNull(statements, "statements");
    }

    /** Prints the statement for a decision on {@code item}, or nothing below {@code RESTRICT}. */
    @Override
    public void decision(Decision decision, ContentItem item) {
        statements.of(decision, item).ifPresent(statement -> out.println(TransparencyJson.toJson(statement)));
    }

    @Override
    public void unreadable(ReadResult.Unreadable error) {
        out.println(DecisionWriter.toJson(error));
    }
}
