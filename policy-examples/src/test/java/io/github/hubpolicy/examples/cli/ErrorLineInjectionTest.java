package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.json.ItemReader;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 6, item 6: what an item holds cannot forge the tool's report of unreadable items. */
class ErrorLineInjectionTest {
    /** Only unreadable lines here: nothing is evaluated. */
    private static final PolicyEvaluator NOT_CALLED = item -> {
        throw new AssertionError("no item should be evaluated");
    };

    @Test
    void anIdWithALineBreakOrEscapeSequenceStaysOnItsErrorLine() {
        // given: an id holding a line break, a fake error line, and a terminal escape sequence
        String input = "{\"id\":\"evil\\nitems.jsonl:7: forged error\\u001b[2J\",\"kind\":\"modle\"}\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // when
        int unreadable = EvaluateCommand.decideAll(NOT_CALLED, ItemReader.strict(), "items.jsonl", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new EvaluateCommand.JsonLines(new PrintWriter(out)), new PrintWriter(err));

        // then
        assertThat(unreadable).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("items.jsonl:1: ");
            assertThat(line).doesNotContain("\u001b");
        });
    }
}
