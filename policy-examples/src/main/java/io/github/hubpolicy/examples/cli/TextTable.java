package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.json.ReadResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The {@code --format text} table: id, verdict, actions, sections, first rationale; printed at the end so columns align. */
final class TextTable implements EvaluateCommand.DecisionPrinter {
    private static final int MAX_ID = 40;
    private static final int MAX_ACTIONS = 44;
    private static final int MAX_SECTIONS = 44;

    private final PrintWriter out;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void decision(Decision decision, ContentItem item) {
        String sections = decision.sections().isEmpty() ? "-" : String.join(", ", decision.sections());
        String why = decision.findings().isEmpty() ? "" : decision.findings().get(0).rationale();
        String actions = decision.actions().isEmpty() ? "-"
                : String.join(", ", decision.actions().stream().map(Enum::name).toList());
        rows.add(new String[] {SafeText.oneLine(decision.id()), decision.verdict().name(), actions, sections, SafeText.oneLine(why)});
    }

    @Override
    public void unreadable(ReadResult.Unreadable error) {
        String id = error.id() == null ? "(line " + error.line() + ")" : SafeText.oneLine(error.id());
        rows.add(new String[] {id, "ERROR", "-", "-", "line " + error.line() + ": " + error.error()});
    }

    @Override
    public void finish() {
        int idWidth = "ID".length();
        int actionsWidth = "ACTIONS".length();
        int sectionsWidth = "SECTIONS".length();
        for (String[] row : rows) {
            idWidth = Math.max(idWidth, Math.min(MAX_ID, row[0].length()));
            actionsWidth = Math.max(actionsWidth, Math.min(MAX_ACTIONS, row[2].length()));
            sectionsWidth = Math.max(sectionsWidth, Math.min(MAX_SECTIONS, row[3].length()));
        }
        String format = "%-" + idWidth + "s  %-8s  %-" + actionsWidth + "s  %-" + sectionsWidth + "s  %s%n";
        out.printf(format, "ID", "VERDICT", "ACTIONS", "SECTIONS", "REASON");
        for (String[] row : rows) {
            out.printf(format, clip(row[0], MAX_ID), row[1], clip(row[2], MAX_ACTIONS), clip(row[3], MAX_SECTIONS), row[4]);
        }
    }

    private static String clip(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
