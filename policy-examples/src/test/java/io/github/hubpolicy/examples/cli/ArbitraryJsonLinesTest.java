package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.examples.cli.FuzzLines.Expect;
import io.github.hubpolicy.examples.cli.FuzzLines.Line;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 6, item 3, for the CLI: arbitrary JSON Lines input through the per-input loop of
 * {@code evaluate} ({@link EvaluateCommand#decideAll}) with one shared evaluator and the JSON
 * printer. No exception escapes; every non-blank line yields exactly one output line, in order, a
 * decision or an error record naming that line; blank lines yield none.
 */
class ArbitraryJsonLinesTest {
    private static final int MAX_LINES = 4;
    /** One evaluator for every try: building one compiles the rules. */
    private static final DroolsPolicyEvaluator EVALUATOR = DroolsPolicyEvaluator.builder().build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The input: generated lines joined by line ends, with or without one after the last line. */
    record Batch(List<Line> lines, List<String> ends, boolean endAfterLast) {
        String input() {
            StringBuilder input = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                input.append(lines.get(i).text());
                if (i < lines.size() - 1 || endAfterLast) {
                    input.append(ends.get(i));
                }
            }
            // Input that starts with '[' is a JSON array, not JSON Lines: keep to JSON Lines.
            return startsAnArray(input.toString()) ? "x\n" + input : input.toString();
        }

        @Override
        public String toString() {
            return lines.size() + " lines, ends " + ends.subList(0, lines.size()).stream().map(e -> e.replace("\r", "CR").replace("\n", "LF")).toList()
                    + (endAfterLast ? "" : " (none after the last)") + ":\n  " + String.join("\n  ", lines.stream().map(Line::toString).toList());
        }
    }

    @Provide
    Arbitrary<Batch> batches() {
        return Combinators.combine(FuzzLines.batches(MAX_LINES), FuzzLines.lineEnds(MAX_LINES), Arbitraries.of(true, false))
                .as(Batch::new);
    }

    @Property(tries = 10_000)
    void everyNonBlankLineYieldsOneRecordInOrder(@ForAll("batches") Batch batch) throws Exception {
        // given: the input as UTF-8 bytes; a generated lone surrogate has no UTF-8 form and becomes
        // '?', so what the reader gets is what the expectations are computed from
        byte[] bytes = batch.input().getBytes(StandardCharsets.UTF_8);
        String input = new String(bytes, StandardCharsets.UTF_8);
        List<Expected> expected = expectations(input, batch.lines());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when
        int unreadable = EvaluateCommand.decideAll(EVALUATOR, ItemReader.strict(), "fuzz.jsonl", new ByteArrayInputStream(bytes),
                new EvaluateCommand.JsonLines(new PrintWriter(out)), new PrintWriter(err));

        // then
        assertThat(out.toString()).as("every record ends with a line end").matches("(?s)(.*\n)?");
        List<String> records = out.toString().isEmpty() ? List.of() : List.of(out.toString().split("\n"));
        assertThat(records).as("one record per non-blank line").hasSize(expected.size());
        int errors = 0;
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = JSON.readTree(records.get(i));
            Expected want = expected.get(i);
            if (record.has("error")) {
                errors++;
                assertThat(want.expect()).as("line %d gave an error record: %s", want.number(), record).isNotEqualTo(Expect.DECIDED);
                assertThat(record.get("line").asInt()).as("error record of line %d", want.number()).isEqualTo(want.number());
                assertThat(record.has("id")).isTrue();
            } else {
                assertThat(want.expect()).as("line %d gave a decision: %s", want.number(), record).isNotEqualTo(Expect.ERROR);
                assertThat(record.get("verdict").asText()).isNotEmpty();
                assertThat(record.get("policy").get("rules").asText()).isEqualTo(EVALUATOR.policy().rules());
                if (want.expect() == Expect.DECIDED) {
                    assertThat(record.get("id").asText()).isEqualTo(want.line().item().id());
                }
            }
        }
        assertThat(unreadable).isEqualTo(errors);
    }

    /** What the record of one non-blank physical line must be. */
    record Expected(int number, Expect expect, Line line) {
    }

    /**
     * The non-blank physical lines of {@code input}, written here independently of the reader:
     * line ends are LF, CR LF and CR; a byte order mark starting the input is not part of line 1;
     * blank means only spaces and tabs. A physical line that is a whole generated line has that
     * line's expectation; a piece of one (a random line with line ends in it) may give either record.
     */
    static List<Expected> expectations(String input, List<Line> lines) {
        Map<String, Line> byText = new HashMap<>();
        for (Line line : lines) {
            Line known = byText.get(line.text());
            if (known == null || known.expect() == Expect.EITHER) {
                byText.put(line.text(), line);
            }
        }
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        List<String> physical = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                physical.add(current.toString());
                current.setLength(0);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            physical.add(current.toString());
        }
        List<Expected> expected = new ArrayList<>();
        for (int n = 0; n < physical.size(); n++) {
            String line = physical.get(n);
            if (!line.chars().allMatch(c -> c == ' ' || c == '\t')) {
                Line generated = byText.get(line);
                expected.add(generated == null
                        ? new Expected(n + 1, Expect.EITHER, null)
                        : new Expected(n + 1, generated.expect(), generated));
            }
        }
        return expected;
    }

    private static boolean startsAnArray(String input) {
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || i == 0 && c == '\uFEFF')) {
                return c == '[';
            }
        }
        return false;
    }
}
