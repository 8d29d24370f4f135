package io.github.hubpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is the source of the consumer project (src/it/consumer), which
 * the build compiles and runs against the installed artifacts: a README that stops compiling
 * fails {@code mvn verify}. A block is a file's imports, a blank line, and the lines between
 * {@code // readme:start} and {@code // readme:end}, unindented.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("../README.md");
    private static final Path CONSUMER = Path.of("src/it/consumer/src");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);

    @Test
    void everyJavaBlockOfTheReadmeIsCompiledConsumerSource() throws IOException {
        // given
        Map<Path, String> snippets = snippets();
        List<String> blocks = new ArrayList<>();
        for (Matcher m = JAVA_BLOCK.matcher(Files.readString(README)); m.find(); ) {
            blocks.add(m.group(1));
        }

        // then: both ways, so neither can drift
        assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
        assertThat(blocks).as("README Java blocks that are not consumer sources (README.md vs %s)", CONSUMER)
                .allMatch(snippets::containsValue);
        snippets.forEach((file, snippet) -> assertThat(blocks).as("README block for %s", file).contains(snippet));
    }

    @Test
    void theReadmesDependencyBlockIsTheConsumers() throws IOException {
        String readme = Files.readString(README);
        String pom = Files.readString(CONSUMER.resolveSibling("pom.xml"));
        for (String artifact : List.of("policy-bom", "policy-rules", "policy-testkit")) {
            assertThat(readme).contains("<artifactId>" + artifact + "</artifactId>");
            assertThat(pom).contains("<artifactId>" + artifact + "</artifactId>");
        }
    }

    /** Each consumer source with a readme region, as its README block. */
    static Map<Path, String> snippets() throws IOException {
        Map<Path, String> snippets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(CONSUMER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                int start = lines.indexOf("// readme:start".indent(indent(lines, "// readme:start")).stripTrailing());
                if (start < 0) {
                    continue;
                }
                int end = start + 1;
                while (!lines.get(end).strip().equals("// readme:end")) {
                    end++;
                }
                int margin = indent(lines, "// readme:start");
                StringBuilder block = new StringBuilder();
                lines.stream().filter(l -> l.startsWith("import ")).forEach(l -> block.append(l).append('\n'));
                block.append('\n');
                for (String line : lines.subList(start + 1, end)) {
                    block.append(line.length() >= margin ? line.substring(margin) : line.strip()).append('\n');
                }
                snippets.put(file, block.toString());
            }
        }
        return snippets;
    }

    private static int indent(List<String> lines, String marker) {
        return lines.stream().filter(l -> l.strip().equals(marker)).findFirst()
                .map(l -> l.length() - l.stripLeading().length()).orElse(0);
    }
}
