package io.github.hubpolicy.rules;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * A build step, not a test: compiles the bundled rule files into Drools' executable model and
 * writes its classes and {@link PrebuiltModel#RESOURCE} into the module's output directory
 * (the first argument). Run by the exec plugin after the tests are compiled and before they run,
 * so that the tests and the jar both use the prebuilt model.
 */
public final class PrebuiltModelGenerator {
    private PrebuiltModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        List<RuleFile> files = new ArrayList<>(BundledRules.load());
        files.sort(Comparator.comparing(RuleFile::path));

        // The evaluator trusts the prebuilt files without linting them again: refuse any problem here.
        RuleLint.Result lint = RuleLint.check(files, Catalog.bundled(), Vocabulary.catalog());
        if (!lint.problems().isEmpty()) {
            lint.problems().forEach(p -> System.err.println("prebuilt model: " + p));
            System.exit(1);
        }
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("io.github.hubpolicy", "bundled-rules", "1");
        KieFileSystem fileSystem = RuleCompiler.fileSystem(services, releaseId, files);
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(e -> System.err.println("prebuilt model: " + e));
            System.exit(1);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        int classes = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = output.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                classes++;
            }
        }
        // "Drools-Model-Version: ..." then one model class per line.
        String modelList = new String(module.getBytes("META-INF/kie/io.github.hubpolicy/bundled-rules/drools-model"),
                StandardCharsets.UTF_8);
        List<String> models = modelList.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.contains(":")).toList();
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
        if (classes == 0 || models.isEmpty()) {
            System.err.println("prebuilt model: the build produced no model classes");
            System.exit(1);
        }
    }
}
