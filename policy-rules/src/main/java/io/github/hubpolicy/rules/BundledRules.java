package io.github.hubpolicy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule files shipped in this jar. A jar's folders cannot be listed reliably, so {@code
 * hubpolicy/rules/rules.index} names them; a test checks it against the source folder.
 */
final class BundledRules {
    static final String INDEX = "hubpolicy/rules/rules.index";

    private BundledRules() {
    }

    static List<RuleFile> load() {
        List<RuleFile> files = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                files.add(new RuleFile(path, read(path)));
            }
        }
        return files;
    }

    private static String read(String resource) {
        try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
