package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.rules.detect.PickleImports;
import io.github.hubpolicy.rules.detect.TextScan;
import io.github.hubpolicy.rules.detect.TextScanner;
import io.github.hubpolicy.rules.facts.DepictedPerson;
import io.github.hubpolicy.rules.facts.Finding;
import io.github.hubpolicy.rules.facts.Item;
import io.github.hubpolicy.rules.facts.PickleImport;
import io.github.hubpolicy.rules.facts.UploadedFile;
import io.github.hubpolicy.rules.facts.UserReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kie.api.runtime.KieSession;

/**
 * Decides items with the bundled Drools rule files (one per guideline section). The rule files
 * are compiled once, when the evaluator is built; the compiled rule base is shared by all
 * threads, and each item runs in its own short-lived session. Thread-safe.
 *
 * <pre>{@code
 * PolicyEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
 * Decision decision = evaluator.evaluate(item);
 * }</pre>
 */
public final class DroolsPolicyEvaluator implements PolicyEvaluator {
    /** The version of the content guidelines the bundled rules encode. */
    public static final String POLICY_VERSION = "2023-08-30";

    private final RuleCompiler.CompiledRules rules;
    private final PolicyId policy;
    private final TextScanner scanner;
    private final Thresholds thresholds;
    private final boolean researchContext;
    private final Resolver resolver;

    private DroolsPolicyEvaluator(Builder builder, List<RuleFile> files, Catalog catalog) {
        this.thresholds = builder.thresholds;
        this.researchContext = builder.researchContext;
        this.scanner = new TextScanner(builder.phoneRegion);
        this.rules = RuleCompiler.compile(files, catalog, settings());
        this.policy = new PolicyId(POLICY_VERSION, rules.digest());
        this.resolver = new Resolver(catalog);
    }

    /** A builder with the catalog's defaults: thresholds 0.80/0.50, phone region US, research context on. */
    public static Builder builder() {
        return new Builder();
    }

    /** The policy version and the digest of the rule set this evaluator decides with. */
    public PolicyId policy() {
        return policy;
    }

    /** The rules of the rule set, in file and line order. */
    public List<RuleInfo> rules() {
        return rules.rules();
    }

    @Override
    public Decision evaluate(ContentItem item) {
        Objects.requireNonNull(item, "item");
        TextScan scan = scanner.scan(item.title(), item.text(), item.kind().isCommunity());
        KieSession session = rules.kieBase().newKieSession();
        try {
            insertFacts(session, item, scan);
            for (Phase phase : Phase.values()) {
                phase.run(session);
            }
            List<Finding> findings = new ArrayList<>();
            for (Object fact : session.getObjects(fact -> fact instanceof Finding)) {
                findings.add((Finding) fact);
            }
            return resolver.resolve(item.id(), findings, policy);
        } finally {
            session.dispose();
        }
    }

    private void insertFacts(KieSession session, ContentItem item, TextScan scan) {
        session.insert(new Item(item, thresholds, researchContext, scan));
        for (int i = 0; i < item.people().size(); i++) {
            session.insert(new DepictedPerson(i, item.people().get(i)));
        }
        for (int f = 0; f < item.files().size(); f++) {
            ItemFile file = item.files().get(f);
            session.insert(new UploadedFile(f, file));
            for (int i = 0; i < file.pickleImports().size(); i++) {
                String name = file.pickleImports().get(i);
                session.insert(new PickleImport(f, i, file.path(), name, PickleImports.classify(name)));
            }
        }
        for (int i = 0; i < item.reports().size(); i++) {
            session.insert(new UserReport(i, item.reports().get(i).reason(), item.reports().get(i).verified()));
        }
        scan.contactDetails().forEach(session::insert);
        scan.identifiers().forEach(session::insert);
        scan.credentials().forEach(session::insert);
    }

    /** Everything besides the rule files that can change a decision; part of the rule-set digest. */
    private String settings() {
        return String.format(Locale.ROOT, "likely=%s possible=%s research-context=%s phone-region=%s libphonenumber=%s",
                thresholds.likely(), thresholds.possible(), researchContext, scanner.phoneRegion(),
                TextScanner.phoneLibraryVersion());
    }

    /** Configures a {@link DroolsPolicyEvaluator}. Not thread-safe; build once and share the evaluator. */
    public static final class Builder {
        private Thresholds thresholds = Thresholds.DEFAULT;
        private String phoneRegion = "US";
        private boolean researchContext = true;
        private boolean bundledRules = true;
        private final List<Path> ruleDirectories = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the {@code .drl} files under a directory the host trusts (never a path taken from
         * an item). They are compiled together with the bundled rule files; a file with the same
         * name as a bundled one (e.g. {@code hate.drl}) replaces it.
         */
        public Builder ruleDirectory(Path directory) {
            ruleDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /** Whether to compile the bundled rule files (default true); false to use only rule directories. */
        public Builder bundledRules(boolean enabled) {
            this.bundledRules = enabled;
            return this;
        }

        /** The likely and possible thresholds (default 0.80 and 0.50). */
        public Builder thresholds(Thresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
            return this;
        }

        /** The region phone numbers written without a country code belong to (default {@code US}). */
        public Builder phoneRegion(String region) {
            this.phoneRegion = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Whether an artifact's declared research purpose may soften {@code @softenable} findings
         * (default true). Turn it off when the host does not trust authors' declarations.
         */
        public Builder researchContext(boolean enabled) {
            this.researchContext = enabled;
            return this;
        }

        /**
         * Compiles the rule files and returns the evaluator.
         *
         * @throws RuleCompilationException listing every problem as {@code file:line:column: message}
         */
        public DroolsPolicyEvaluator build() {
            List<RuleFile> files = bundledRules ? BundledRules.load() : List.of();
            for (Path directory : ruleDirectories) {
                files = RuleDirectory.overlay(files, RuleDirectory.load(directory));
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no rule files: the bundled rules are off and no rule directory has .drl files");
            }
            return new DroolsPolicyEvaluator(this, files, Catalog.bundled());
        }
    }
}
