package io.github.hubpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.json.PolicyCase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules come from the executable model the build compiled them into, and decide
 * exactly as the same files compiled from DRL.
 */
class PrebuiltModelTest {

    @Test
    void theBuildPrebuiltTheBundledRuleFiles() {
        assertThat(PrebuiltModel.forFiles(BundledRules.load())).isPresent();
    }

    @Test
    void theClassesTheJarIsPackagedFromHoldThePrebuiltModel() throws IOException, URISyntaxException {
        // given: where this module's classes come from (target/classes, or the jar itself)
        Path root = Path.of(PrebuiltModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> entries = entries(root);
        Properties index = new Properties();
        try (InputStream in = PrebuiltModel.class.getClassLoader().getResourceAsStream(PrebuiltModel.RESOURCE)) {
            assertThat(in).as(PrebuiltModel.RESOURCE).isNotNull();
            index.load(in);
        }

        // then: the index, Drools' model list and every model class sit beside the evaluator's classes
        assertThat(entries).contains(PrebuiltModel.RESOURCE,
                "META-INF/kie/io.github.hubpolicy/policy-rules/drools-model");
        List<String> models = List.of(index.getProperty("models").split(","));
        assertThat(models).isNotEmpty();
        for (String model : models) {
            assertThat(entries).contains(model.replace('.', '/') + ".class");
        }
        assertThat(entries).anyMatch(e -> e.matches(".*/P[0-9A-F]{2}/LambdaConsequence[0-9A-F]+\\.class"));
        assertThat(index.getProperty("digest")).isEqualTo(RuleCompiler.filesDigest(BundledRules.load()));
    }

    @Test
    void theEvaluatorOfTheBundledRulesIsBuiltFromThePrebuiltModel(@TempDir Path copies) throws IOException {
        for (RuleFile file : BundledRules.load()) {
            Files.writeString(copies.resolve(Path.of(file.path()).getFileName()), file.content() + "\n// a copy\n");
        }

        assertThat(DroolsPolicyEvaluator.builder().build().builtFromPrebuiltModel()).isTrue();
        assertThat(DroolsPolicyEvaluator.builder().ruleDirectory(copies).build().builtFromPrebuiltModel()).isFalse();
    }

    /** The entry names under a directory of classes, or in a jar. */
    private static Set<String> entries(Path root) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(JarEntry::getName).forEach(names::add);
            }
        }
        return names;
    }

    @Test
    void thePrebuiltNamesReadAreThoseTheLintFindsInTheParsedFiles() {
        // when
        NamesRead recorded = PrebuiltModel.forFiles(BundledRules.load()).orElseThrow().namesRead();
        RuleLint.Result linted = RuleLint.check(BundledRules.load(), Catalog.bundled(), Vocabulary.catalog());

        // then
        assertThat(linted.problems()).isEmpty();
        assertThat(recorded).isEqualTo(linted.namesRead());
    }

    @Test
    void anyOtherSetOfFilesIsCompiledFromItsFiles() {
        List<RuleFile> fewer = new ArrayList<>(BundledRules.load());
        fewer.remove(0);
        List<RuleFile> changed = new ArrayList<>(BundledRules.load());
        RuleFile first = changed.get(0);
        changed.set(0, new RuleFile(first.path(), first.content() + "\n// edited\n"));

        assertThat(PrebuiltModel.forFiles(fewer)).isEmpty();
        assertThat(PrebuiltModel.forFiles(changed)).isEmpty();
    }

    @Test
    void prebuiltAndCompiledRuleBasesDecideEveryBundledCaseAlike(@TempDir Path copies) throws IOException {
        // given: the bundled files again, from a directory, each with a comment added: a different
        // rule set by its digest (the same files anywhere have the same digest), compiled from DRL
        for (RuleFile file : BundledRules.load()) {
            Files.writeString(copies.resolve(Path.of(file.path()).getFileName()), file.content() + "\n// a copy\n");
        }
        assertThat(PrebuiltModel.forFiles(RuleDirectory.load(copies))).as("the copies are compiled from DRL").isEmpty();
        DroolsPolicyEvaluator prebuilt = DroolsPolicyEvaluator.builder().build();
        DroolsPolicyEvaluator compiled = DroolsPolicyEvaluator.builder().ruleDirectory(copies).build();

        // when / then
        List<PolicyCase> cases = BundledCaseFiles.read();
        assertThat(cases).hasSizeGreaterThan(400);
        for (PolicyCase c : cases) {
            Decision fromModel = prebuilt.evaluate(c.item());
            Decision fromDrl = compiled.evaluate(c.item());
            assertThat(fromModel.findings()).as(c.name()).isEqualTo(fromDrl.findings());
            assertThat(fromModel.verdict()).as(c.name()).isEqualTo(fromDrl.verdict());
            assertThat(fromModel.actions()).as(c.name()).isEqualTo(fromDrl.actions());
        }
        assertThat(prebuilt.policy().rules()).isNotEqualTo(compiled.policy().rules());
    }
}
