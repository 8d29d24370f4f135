package io.github.hubpolicy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rule files compiled into Drools' executable model during the build (by Drools' own
 * Maven plugin, {@code kie-maven-plugin} with {@code generateModel=YES}, in every build of the
 * jar), with the digest of the files it was compiled from ({@link PrebuiltModelIndex}). Building a rule base from it needs no DRL parser and no Java compiler: about
 * 0.5 s in a fresh JVM against 1.7 s from the rule files.
 *
 * <p>It is used only for exactly the files it was made from: a rule directory that replaces or
 * adds a file changes the digest, and those rule sets are compiled from their files.
 */
final class PrebuiltModel {
    /** Written by the build next to the bundled rule files. */
    static final String RESOURCE = "hubpolicy/rules/prebuilt-model.properties";

    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltModel.class);

    private PrebuiltModel() {
    }

    private static java.util.Set<String> names(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The prebuilt rule base, and the item names its rules read, which the build's lint found in the
     * parsed files (the build refuses to prebuild files the lint finds any problem in).
     */
    record Prebuilt(KieBase kieBase, NamesRead namesRead) {
    }

    /** The rule base of {@code files} from the prebuilt model, when the build made one for exactly these files. */
    static Optional<Prebuilt> forFiles(List<RuleFile> files) {
        Properties prebuilt = new Properties();
        try (InputStream in = PrebuiltModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            prebuilt.load(in);
        } catch (IOException e) {
            LOG.warn("Cannot read {}; compiling the rule files instead: {}", RESOURCE, e.toString());
            return Optional.empty();
        }
        if (!RuleCompiler.filesDigest(files).equals(prebuilt.getProperty("digest"))
                || prebuilt.getProperty("signalsRead") == null || prebuilt.getProperty("capabilitiesRead") == null) {
            return Optional.empty();
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : prebuilt.getProperty("models", "").split(",")) {
                Class<?> model = Class.forName(name.strip(), true, PrebuiltModel.class.getClassLoader());
                models.add((Model) model.getDeclaredConstructor().newInstance());
            }
            NamesRead namesRead = new NamesRead(names(prebuilt.getProperty("signalsRead")),
                    names(prebuilt.getProperty("capabilitiesRead")));
            return Optional.of(new Prebuilt(KieBaseBuilder.createKieBaseFromModel(models), namesRead));
        } catch (ReflectiveOperationException | ClassCastException e) {
            LOG.warn("Cannot load the prebuilt rule model; compiling the rule files instead: {}", e.toString());
            return Optional.empty();
        }
    }
}
