package io.github.hubpolicy.rules;

import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the bundled case files for tests of this module that decide them in other ways (prebuilt
 * against compiled). The case files themselves run as tests through policy-testkit
 * ({@code BundledCasesTest} there), which this module cannot depend on.
 */
final class BundledCaseFiles {
    static final Path RULES = Path.of("src/main/resources/hubpolicy/rules");

    private BundledCaseFiles() {
    }

    /** Every case of the bundled case files, file by file in name order. */
    static List<PolicyCase> read() throws IOException {
        List<PolicyCase> read = new ArrayList<>();
        CaseReader reader = new CaseReader(ItemReader.strict());
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cases.jsonl")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    read.addAll(reader.read(file.getFileName().toString(), in));
                }
            }
        }
        return read;
    }
}
