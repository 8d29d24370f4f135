package io.github.hubpolicy.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A build step, not part of the library: run by the exec plugin on this module's own classes
 * (process-classes), after Drools' Maven plugin has compiled the bundled rule files into the
 * executable model. Lints the bundled files (the evaluator trusts the prebuilt model without
 * linting them again, so any problem fails the build) and writes {@link PrebuiltModel#RESOURCE}:
 * the files' digest, the model classes the plugin listed, and the names the rules read.
 *
 * <p>Arguments: the output directory, and the plugin's model list inside it.
 */
final class PrebuiltModelIndex {
    private PrebuiltModelIndex() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        Path modelList = output.resolve(args[1]);
        List<RuleFile> files = BundledRules.load();

        RuleLint.Result lint = RuleLint.check(files, Catalog.bundled(), Vocabulary.catalog());
        if (!lint.problems().isEmpty()) {
            lint.problems().forEach(p -> System.err.println("prebuilt model: " + p));
            System.exit(1);
        }
        if (!Files.isRegularFile(modelList)) {
            System.err.println("prebuilt model: " + modelList + " is missing: Drools' Maven plugin made no executable model");
            System.exit(1);
        }
        // "Drools-Model-Version: ..." then one model class per line.
        List<String> models = Files.readAllLines(modelList).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.contains(":")).toList();
        List<String> missing = models.stream()
                .filter(m -> !Files.isRegularFile(output.resolve(m.replace('.', '/') + ".class"))).toList();
        if (models.isEmpty() || !missing.isEmpty()) {
            System.err.println("prebuilt model: the model classes " + (models.isEmpty() ? "are not listed" : missing + " are missing")
                    + " in " + modelList);
            System.exit(1);
        }
        Properties prebuilt = new Properties();
        prebuilt.setProperty("digest", RuleCompiler.filesDigest(files));
        prebuilt.setProperty("models", String.join(",", models));
        prebuilt.setProperty("signalsRead", String.join(",", lint.namesRead().signals()));
        prebuilt.setProperty("capabilitiesRead", String.join(",", lint.namesRead().capabilities()));
        Path resource = output.resolve(PrebuiltModel.RESOURCE);
        Files.createDirectories(resource.getParent());
        try (OutputStream out = Files.newOutputStream(resource)) {
            prebuilt.store(out, "The executable model of the bundled rule files; written by the build");
        }
    }
}
