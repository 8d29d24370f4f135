package io.github.hubpolicy.examples.cli;

import io.github.hubpolicy.api.Signal;
import io.github.hubpolicy.transparency.CategoryKeyword;
import io.github.hubpolicy.transparency.SectionCrosswalk;
import io.github.hubpolicy.transparency.TransparencyJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sections}: the guideline sections and their crosswalk to other taxonomies. */
@Command(name = "sections", mixinStandardHelpOptions = true,
        description = "Prints the guideline sections in catalog order with their crosswalk: the DSA Transparency " +
                "Database category and keywords a statement of reasons uses, the classifier signals the section's " +
                "rules read, and the Llama Guard 3 hazard categories that cover it.")
final class SectionsCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text: a table (default); json: one section per line, with its summary.")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            SectionCrosswalk.all().forEach(section -> out.println(TransparencyJson.toJson(section)));
        } else {
            table(out, SectionCrosswalk.all());
        }
        out.flush();
        return PolicyCli.EXIT_OK;
    }

    /** Category and keywords without their schema prefixes, which the heading names once. */
    private static void table(PrintWriter out, List<SectionCrosswalk> sections) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SECTION", "TITLE", "DSA CATEGORY (STATEMENT_CATEGORY_)", "DSA KEYWORDS (KEYWORD_)",
                "SIGNALS", "LLAMA GUARD 3"});
        for (SectionCrosswalk s : sections) {
            rows.add(new String[] {s.id(), s.section().title(), s.dsaCategory().name(),
                    join(s.dsaKeywords(), CategoryKeyword::name), join(s.section().signals(), Signal::wireName),
                    join(s.llamaGuard(), c -> c.code() + " " + c.title())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static <T> String join(List<T> values, Function<T, String> name) {
        return values.isEmpty() ? "-" : values.stream().map(name).collect(Collectors.joining(", "));
    }
}
