package io.github.hubpolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code evaluate --help} sends the reader to the policy texts, and they are in the repository. */
class PolicyTextsLinkedTest {
    private static final Pattern DOC = Pattern.compile("docs/policy/[\\w-]+\\.md");

    @Test
    void evaluateHelpNamesThePolicyTextsShippedInTheRepository() {
        // when
        CliRun run = CliRun.of("evaluate", "--help");

        // then
        List<String> named = new ArrayList<>();
        for (Matcher m = DOC.matcher(run.out()); m.find(); ) {
            named.add(m.group());
        }
        assertThat(named).contains("docs/policy/guidelines.md", "docs/policy/item-format.md");
        assertThat(named).allMatch(doc -> Files.isRegularFile(Path.of("..").resolve(doc)), "exists in the repository");
    }
}
