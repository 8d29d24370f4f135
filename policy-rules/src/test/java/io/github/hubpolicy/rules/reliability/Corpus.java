package io.github.hubpolicy.rules.reliability;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import io.github.hubpolicy.json.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic items: the bundled samples ({@code samples/items.jsonl}) and the items of every
 * bundled rule file's case file ({@code hubpolicy/rules/<name>.cases.jsonl} beside each rule file
 * that {@code rules.index} lists, read from the class path as the evaluator reads the rule files).
 */
final class Corpus {
    private static final Path SAMPLES = Path.of("../policy-examples/samples/items.jsonl");
    private static final String RULES_INDEX = "hubpolicy/rules/rules.index";

    private Corpus() {
    }

    static List<ContentItem> items() {
        List<ContentItem> items = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SAMPLES)) {
            for (ReadResult result : ItemReader.strict().readAll(in)) {
                items.add(((ReadResult.Parsed) result).item());
            }
            CaseReader cases = new CaseReader(ItemReader.strict());
            for (String line : resource(RULES_INDEX).split("\n")) {
                String ruleFile = line.strip();
                if (ruleFile.isEmpty() || ruleFile.startsWith("#")) {
                    continue;
                }
                String caseFile = ruleFile.replaceAll("\\.drl$", ".cases.jsonl");
                for (PolicyCase c : cases.read(caseFile, new ByteArrayInputStream(resource(caseFile).getBytes(StandardCharsets.UTF_8)))) {
                    items.add(c.item());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(items);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
