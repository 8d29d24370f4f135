package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Action;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.api.PolicyId;
import io.github.hubpolicy.api.RuleSetEvaluator;
import io.github.hubpolicy.api.Trace;
import io.github.hubpolicy.api.internal.SafeText;
import io.github.hubpolicy.api.Verdict;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.rules.detect.Detectors;
import io.github.hubpolicy.rules.detect.TextScan;
import io.github.hubpolicy.rules.detect.Unscanned;
import io.github.hubpolicy.rules.facts.DepictedPerson;
import io.github.hubpolicy.rules.facts.RuleFinding;
import io.github.hubpolicy.rules.facts.Item;
import io.github.hubpolicy.rules.facts.PickleImport;
import io.github.hubpolicy.rules.facts.UploadedFile;
import io.github.hubpolicy.rules.facts.UserReport;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides items with Drools rule files (the bundled ones, one per guideline section, and any
 * the host adds). The rule files are compiled when the evaluator is built; the compiled rule set
 * is shared by all threads, and each item runs in its own short-lived session. Thread-safe.
 *
 * <pre>{@code
 * RuleSetEvaluator evaluator = DroolsPolicyEvaluator.builder().build();
 * Decision decision = evaluator.evaluate(item);
 * }</pre>
 *
 * <p>Hosts code against {@link RuleSetEvaluator} (evaluate, policy, trace, reload); this class
 * adds {@link #rules()} for tools. The bundled rules encode {@code docs/policy/guidelines.md}.
 *
 * <p>{@link #reload()} swaps in a freshly compiled rule set while serving: each evaluation uses
 * one rule set from start to end, and its decision names that set's digest. Evaluation never
 * throws for a valid item: when a rule, a detector or resolution fails, the decision says so in
 * an {@code engine} finding ({@link FailureMode}).
 *
 * <p>The emergency brake ({@link EmergencyBrake}): a rule that a reload brings in new or changed
 * (compared with the rule set in service, rule by rule, by {@link RuleInfo#fingerprint()}) and
 * that restricts or removes far more of the recent decisions than the defaults allow is held:
 * its findings are capped at {@code REVIEW} with {@code HUMAN_REVIEW} ({@link #heldRules()})
 * until a person calls {@link #release} or a new version of the rule replaces it. The brake's
 * state belongs to this instance: each replica of a service brakes on its own traffic. The
 * per-rule kill switch is {@link Builder#disabledRules}.
 */
public final class DroolsPolicyEvaluator implements RuleSetEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsPolicyEvaluator.class);
    private static final ClassObjectFilter FINDINGS = new ClassObjectFilter(RuleFinding.class);
    /** Idle sessions kept per rule set: one per core, and as many for threads preempted mid-decision. */
    private static final int IDLE_SESSIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** How Drools names the rule whose condition failed: {@code ... [Rule "x" in y.drl]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    /**
     * One compiled rule set, the identity its decisions carry, and its sessions: emptied after each
     * decision and reused by the next ({@link Sessions}), which costs far less than building or
     * resetting one (docs/performance.md). They go with the rule set when a reload replaces it.
     */
    private record RuleSet(RuleCompiler.CompiledRules compiled, PolicyId policy, Sessions sessions,
                           List<RuleInfo> rules, AgendaFilter enabled, Brake brake) {
    }

    private final Builder config;
    private final TextDetector detector;
    private final String phoneRegion;
    private final Catalog catalog;
    private final Resolver resolver;
    private final AtomicReference<RuleSet> current;
    /** Decisions made under watched rules: the emergency brake's sequence numbers. */
    private final AtomicLong watchedDecisions = new AtomicLong();
    private final Listeners listeners;
    private final UnreadNames unreadNames;

    private DroolsPolicyEvaluator(Builder builder) {
        this.config = builder.copy();
        this.catalog = Catalog.bundled();
        this.resolver = new Resolver(catalog);
        // The detectors (libphonenumber's metadata, the phone pre-filter's tables) take 100-150 ms
        // of a cold start and need nothing from the rules: they are built on a second thread while
        // the rules load. Their failure (an unsupported region) still wins over the rules'.
        FutureTask<Detectors> building = new FutureTask<>(
                () -> Detectors.forPhoneRegion(builder.phoneRegion, builder.limits.maxPhoneLibraryChars()));
        Thread detectorsThread = new Thread(building, "hubpolicy-detectors");
        detectorsThread.setDaemon(true);
        detectorsThread.start();
        this.phoneRegion = builder.phoneRegion.toUpperCase(Locale.ROOT);   // as the detectors read it
        this.unreadNames = new UnreadNames(builder.onUnreadName != null ? builder.onUnreadName : UnreadNames::log);
        this.listeners = new Listeners(config.listeners);
        RuleSet compiled = null;
        RuntimeException compileFailure = null;
        try {
            compiled = compile(null);
        } catch (RuntimeException e) {
            compileFailure = e;
        }
        Detectors detectors = joined(building);
        if (compileFailure != null) {
            throw compileFailure;
        }
        this.detector = builder.detector != null ? builder.detector : detectors::scan;
        this.current = new AtomicReference<>(compiled);
        if (!listeners.none()) {
            listeners.ruleSetLoaded(new RuleSetEvent(policy(), rules().size(), false));
        }
    }

    /** The detectors once built; what their construction threw, as it threw it. Waits through interrupts, then restores the flag. */
    private static Detectors joined(FutureTask<Detectors> building) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return building.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A builder with the catalog's defaults: thresholds 0.80/0.50, phone region US, research context on. */
    public static Builder builder() {
        return new Builder();
    }

    /** The policy version and the digest of the rule set this evaluator decides with now. */
    public PolicyId policy() {
        return current.get().policy();
    }

    /** The rules of the current rule set, in file and line order, disabled ones included (and marked). */
    public List<RuleInfo> rules() {
        return current.get().rules();
    }

    /**
     * The rules the emergency brake holds now ({@link EmergencyBrake}): their {@code RESTRICT} and
     * {@code REMOVE} findings are capped at {@code REVIEW} with {@code HUMAN_REVIEW}, and each
     * decision they capped carries an {@code engine: rule held by the emergency brake} finding.
     */
    public Set<String> heldRules() {
        return current.get().brake().held();
    }

    /** The new or changed rules the emergency brake watches now, held ones included. */
    public Set<String> watchedRules() {
        return current.get().brake().watched(config.clock.millis());
    }

    /**
     * A person has looked at a held rule and lets it serve: its findings are no longer capped and
     * the brake no longer watches it (releasing a rule that is watched but not held stops the watch).
     * The rule is held again only if a later rule set changes it and the new version misfires.
     *
     * @return true when the rule was held
     */
    public boolean release(String ruleName) {
        Objects.requireNonNull(ruleName, "ruleName");
        boolean released = current.get().brake().release(ruleName);
        if (released) {
            LOG.info("Emergency brake: rule \"{}\" released by a person", SafeText.oneLine(ruleName));
        }
        return released;
    }

    /**
     * The item signal and capability names the rules of the current rule set read, taken from the
     * parsed rules. An item name outside them decides as if absent: see {@link #unreadNames}.
     */
    public NamesRead namesRead() {
        return current.get().compiled().namesRead();
    }

    /** Whether the current rule base came from the build's prebuilt executable model (the bundled files exactly). */
    boolean builtFromPrebuiltModel() {
        return current.get().compiled().prebuilt();
    }

    /** The warnings the current rule set was built with (e.g. {@code ||} beside {@code &&}); logged once at INFO when built. */
    public List<RuleProblem> warnings() {
        return current.get().compiled().warnings();
    }

    /**
     * The item's signals and capabilities that no rule of the current rule set reads and that
     * neither the catalog nor a rule directory's {@code names.properties} names, each with the
     * known name it is closest to ({@code "hat"}: did you mean {@code "hate"}). A name the catalog
     * knows is no typo, so a catalog capability such as {@code image-generation} that no bundled rule
     * reads is not reported. The catalog keeps such names (hosts pass extra signals through), so
     * {@link #evaluate} only reports each name once, or refuses the item with
     * {@link Builder#strictNames(boolean)}.
     */
    public List<UnreadName> unreadNames(ContentItem item) {
        return UnreadNames.of(Objects.requireNonNull(item, "item"), current.get().compiled().namesKnown());
    }

    /**
     * Compiles the rule files again (re-reading the rule directories) and, when they compile,
     * switches to them atomically. Evaluations in flight finish with the rule set they started
     * with; later ones use the new set. When they do not compile, the evaluator keeps serving
     * the last good rule set.
     *
     * @return the identity of the rule set now in service
     * @throws RuleCompilationException listing every problem; the previous rule set stays in service
     */
    public synchronized PolicyId reload() {
        RuleSet next;
        try {
            next = compile(current.get());
        } catch (RuleCompilationException e) {
            LOG.warn("Rule reload rejected ({} problem(s)); still serving {}", e.problems().size(), policy().rules());
            rejected(e.problems());
            throw e;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // A rule directory gone or unreadable: rejected like a rule file that does not compile.
            LOG.warn("Rule reload rejected ({}); still serving {}", e.getMessage(), policy().rules());
            rejected(List.of(unreadable(e)));
            throw e;
        }
        current.set(next);
        if (!listeners.none()) {
            listeners.ruleSetLoaded(new RuleSetEvent(next.policy(), next.compiled().rules().size(), true));
        }
        return next.policy();
    }

    private void rejected(List<RuleProblem> problems) {
        if (!listeners.none()) {
            listeners.reloadRejected(new ReloadRejectedEvent(policy(), problems));
        }
    }

    /** Rule directories that could not be read, as a problem naming the directory. */
    private RuleProblem unreadable(RuntimeException e) {
        for (Path directory : config.ruleDirectories) {
            if (!Files.isDirectory(directory)) {
                return new RuleProblem(directory.toString(), 0, 0, "rule directory does not exist or is not a directory");
            }
        }
        // Our own messages (no rule files; cannot read a directory), never an item's text.
        String where = config.ruleDirectories.isEmpty() ? "rule directories" : config.ruleDirectories.get(0).toString();
        return new RuleProblem(where, 0, 0, String.valueOf(e.getMessage()));
    }

    /**
     * Compiles the rule files into the rule set that replaces {@code previous} (null on first
     * construction, when the builder's {@code replacing} rules, if any, stand for it).
     */
    private RuleSet compile(RuleSet previous) {
        RuleCompiler.CompiledRules compiled = RuleCompiler.compile(config.ruleFiles(), catalog,
                Vocabulary.of(config.ruleDirectories), settings());
        if (!compiled.warnings().isEmpty()) {
            // INFO, not WARN: the rule set works as written; validate and warnings() list them for authors.
            LOG.info("Rule set {} built with {} warning(s):\n{}", compiled.digest(), compiled.warnings().size(),
                    compiled.warnings().stream().map(RuleProblem::toString).collect(java.util.stream.Collectors.joining("\n")));
        }
        Set<String> names = new HashSet<>();
        compiled.rules().forEach(rule -> names.add(rule.name()));
        for (String disabled : config.disabledRules) {
            if (!names.contains(disabled)) {
                throw new IllegalArgumentException("cannot disable rule \"" + SafeText.oneLine(disabled)
                        + "\": the rule set has no rule of that name");
            }
        }
        List<RuleInfo> rules = compiled.rules().stream().map(r -> r.withDisabled(config.disabledRules.contains(r.name()))).toList();
        Set<String> disabled = config.disabledRules;
        AgendaFilter enabled = disabled.isEmpty() ? null : match -> !disabled.contains(match.getRule().getName());
        Brake brake;
        if (previous != null) {
            brake = Brake.replacing(previous.rules(), previous.brake(), rules, config.brake, config.releasedRules,
                    watchedDecisions.get(), config.clock.millis());
        } else if (config.replacing != null) {
            brake = Brake.replacing(config.replacing, Brake.none(), rules, config.brake, config.releasedRules,
                    watchedDecisions.get(), config.clock.millis());
        } else {
            brake = Brake.none();
        }
        return new RuleSet(compiled, new PolicyId(PolicySections.POLICY_VERSION, compiled.digest()),
                new Sessions(compiled.kieBase(), IDLE_SESSIONS), rules, enabled, brake);
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.hubpolicy.api.InvalidItemException with {@link Builder#strictNames(boolean)},
     *         naming the field of a signal or capability no rule reads
     */
    @Override
    public Decision evaluate(ContentItem item) {
        return evaluate(item, null);
    }

    /** Decides the item and reports every rule that fired on the way; slower than {@link #evaluate}. */
    public Trace trace(ContentItem item) {
        Set<String> fired = new LinkedHashSet<>();
        Decision decision = evaluate(item, fired);
        return new Trace(decision, List.copyOf(fired));
    }

    /** Decides the item, timed and reported to the listeners when there are any. */
    private Decision evaluate(ContentItem item, Set<String> fired) {
        Objects.requireNonNull(item, "item");
        if (listeners.none()) {
            return decideItem(item, fired);
        }
        long start = System.nanoTime();
        Decision decision = decideItem(item, fired);
        listeners.decided(new DecisionEvent(item.id(), decision, Duration.ofNanos(System.nanoTime() - start),
                decision.policy().rules()));
        return decision;
    }

    private Decision decideItem(ContentItem item, Set<String> fired) {
        RuleSet rules = current.get();
        unreadNames.check(item, rules.compiled().namesKnown(), config.strictNames);
        ItemBounds.Bounded bounded = ItemBounds.apply(item, config.limits);
        List<RuleFinding> engineFindings = bounded.overLimits().isEmpty() ? new ArrayList<>(0) : new ArrayList<>(1);
        if (!bounded.overLimits().isEmpty()) {
            engineFindings.add(RuleFinding.engine("engine: item over limits", Verdict.REVIEW, EnumSet.of(Action.HUMAN_REVIEW),
                    "Decided only on the part of the item within the limits (" + String.join("; ", bounded.overLimits())
                            + "): a person looks at the rest.", bounded.overLimits()));
            if (!listeners.none()) {
                listeners.overLimits(new OverLimitsEvent(item.id(), bounded.overLimits()));
            }
        }
        EvaluationStage stage = EvaluationStage.DETECTORS;
        try {
            TextScan scan = detector.scan(bounded.item().title(), bounded.item().text(), item.kind().isCommunity());
            if (!scan.unscanned().isEmpty()) {
                engineFindings.add(unscannedFinding(scan.unscanned()));
            }
            stage = EvaluationStage.RULES;
            List<RuleFinding> findings = decide(rules, bounded.item(), scan, fired);
            stage = EvaluationStage.EMERGENCY_BRAKE;
            rules.brake().apply(findings, watchedDecisions, config.clock, listeners, rules.policy().rules());
            stage = EvaluationStage.RESOLUTION;
            findings.addAll(engineFindings);
            return resolver.resolve(item.id(), findings, rules.policy());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(item, rules, engineFindings, stage, e);
        }
    }

    /** The finding for text a detector did not read: a person looks at it (never a silent {@code ALLOW}). */
    private RuleFinding unscannedFinding(List<Unscanned> unscanned) {
        List<String> evidence = new ArrayList<>(unscanned.size());
        for (Unscanned u : unscanned) {
            evidence.add(u.detector() + ": " + u.span().field().wireName() + " characters "
                    + u.span().start() + " to " + u.span().end() + " not read");
        }
        return RuleFinding.engine("engine: detector budget exhausted", Verdict.REVIEW, EnumSet.of(Action.HUMAN_REVIEW),
                "Decided without reading part of the text for phone numbers: the item spent its budget of "
                        + config.limits.maxPhoneLibraryChars() + " characters for the phone library ("
                        + String.join("; ", evidence) + "); a person looks at the rest.", evidence);
    }

    private List<RuleFinding> decide(RuleSet rules, ContentItem item, TextScan scan, Set<String> fired) {
        if (fired != null) {
            return traced(rules, item, scan, fired);
        }
        Sessions.Lease lease = rules.sessions().take();
        List<RuleFinding> findings;
        try {
            findings = fire(lease.session(), lease::insert, item, scan, rules.enabled());
        } catch (RuntimeException | StackOverflowError e) {
            rules.sessions().discard(lease);
            throw e;
        }
        rules.sessions().release(lease);
        return findings;
    }

    /** A traced evaluation gets a session of its own: listeners must never reach a reused one. */
    private List<RuleFinding> traced(RuleSet rules, ContentItem item, TextScan scan, Set<String> fired) {
        KieSession session = rules.compiled().kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            return fire(session, session::insert, item, scan, rules.enabled());
        } finally {
            session.dispose();
        }
    }

    /** Inserts the item's facts, fires every phase, and reads the findings back. */
    private List<RuleFinding> fire(KieSession session, java.util.function.Consumer<Object> insert, ContentItem item,
                                   TextScan scan, AgendaFilter enabled) {
        insertFacts(insert, item, scan);
        Phase.fireAll(session, enabled);
        List<RuleFinding> findings = new ArrayList<>();
        // A class filter: the session's store then reads only the findings' own table, not every
        // fact (most items have none); the same findings in the same order as any filter's.
        for (Object fact : session.getObjects(FINDINGS)) {
            findings.add((RuleFinding) fact);
        }
        return findings;
    }

    /** The decision when evaluation throws: fail closed (or open, if the host chose so), logged once. */
    private Decision failed(ContentItem item, RuleSet rules, List<RuleFinding> engineFindings, EvaluationStage stage,
                            Throwable e) {
        Optional<String> rule = failedRule(e);
        String culprit = rule.map(name -> "rule \"" + name + "\"").orElse(stage.toString());
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();   // past Drools' wrappers, to what actually went wrong
        }
        // The error class and where, never its message: messages can quote item text.
        LOG.warn("Evaluating item {} failed in {}: {}", SafeText.oneLine(item.id()), SafeText.oneLine(culprit),
                cause.getClass().getName());
        boolean closed = config.failureMode == FailureMode.CLOSED;
        List<RuleFinding> findings = new ArrayList<>(engineFindings);
        findings.add(RuleFinding.engine("engine: evaluation failed", closed ? Verdict.REVIEW : Verdict.ALLOW,
                closed ? EnumSet.of(Action.HUMAN_REVIEW) : Set.of(),
                "Evaluation failed in " + culprit + " (" + cause.getClass().getSimpleName() + "): "
                        + (closed ? "a person decides instead." : "allowed because the host chose to fail open."),
                List.of("engine: " + culprit)));
        if (!listeners.none()) {
            listeners.failed(new FailureEvent(item.id(), stage, rule, cause.getClass().getName(), config.failureMode,
                    rules.policy().rules()));
        }
        return resolver.resolve(item.id(), findings, rules.policy());
    }

    /** The rule that failed, when the engine names one. */
    private static Optional<String> failedRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                return Optional.of(consequence.getMatch().getRule().getName());
            }
            Matcher rule = t.getMessage() == null ? null : RULE_IN_MESSAGE.matcher(t.getMessage());
            if (rule != null && rule.find()) {
                return Optional.of(rule.group(1));
            }
        }
        return Optional.empty();
    }

    private void insertFacts(java.util.function.Consumer<Object> insert, ContentItem item, TextScan scan) {
        insert.accept(new Item(item, config.thresholds, config.researchContext, scan));
        for (int i = 0; i < item.people().size(); i++) {
            insert.accept(new DepictedPerson(i, item.people().get(i)));
        }
        for (int f = 0; f < item.files().size(); f++) {
            ItemFile file = item.files().get(f);
            insert.accept(new UploadedFile(f, file));
            for (int i = 0; i < file.pickleImports().size(); i++) {
                String name = file.pickleImports().get(i);
                insert.accept(new PickleImport(f, i, file.path(), name, Detectors.pickleImportRisk(name)));
            }
        }
        for (int i = 0; i < item.reports().size(); i++) {
            insert.accept(new UserReport(i, item.reports().get(i).reason(), item.reports().get(i).verified()));
        }
        scan.matches().forEach(insert);
    }

    /** Everything besides the rule files that can change a decision; part of the rule-set digest. */
    String settings() {
        Thresholds t = config.thresholds;
        Limits l = config.limits;
        return String.format(Locale.ROOT,
                "likely=%s possible=%s research-context=%s phone-region=%s libphonenumber=%s failure=%s limits=%s/%s/%s/%s/%s/%s",
                t.likely(), t.possible(), config.researchContext, phoneRegion, Detectors.phoneLibraryVersion(),
                config.failureMode, l.maxTextChars(), l.maxTags(), l.maxFiles(), l.maxPeople(), l.maxReports(),
                l.maxPickleImportsPerFile())
                // What the detectors and the pickle import lists implement (item-format.md): an audit
                // line replays only against the same revision.
                + " catalog-revision=" + Detectors.CATALOG_REVISION
                // Only when some rule is off, so that the digests of rule sets without one stay as they were.
                + (config.disabledRules.isEmpty() ? "" : " disabled=" + new TreeSet<>(config.disabledRules))
                // Only when not the default, so that the digests of rule sets that keep it stay as they were.
                + (l.maxPhoneLibraryChars() == Detectors.DEFAULT_PHONE_LIBRARY_CHARS ? ""
                        : " phone-library-chars=" + l.maxPhoneLibraryChars());
    }

    /** Configures a {@link DroolsPolicyEvaluator}. Not thread-safe; build once and share the evaluator. */
    public static final class Builder {
        private Thresholds thresholds = Thresholds.DEFAULT;
        private String phoneRegion = "US";
        private boolean researchContext = true;
        private boolean bundledRules = true;
        private List<Path> ruleDirectories = new ArrayList<>();
        private FailureMode failureMode = FailureMode.CLOSED;
        private Limits limits = Limits.DEFAULT;
        private TextDetector detector;
        private Set<String> disabledRules = Set.of();
        private Set<String> releasedRules = Set.of();
        private EmergencyBrake brake = EmergencyBrake.DEFAULT;
        private List<RuleInfo> replacing;
        private Clock clock = Clock.systemUTC();
        private List<DecisionListener> listeners = new ArrayList<>();
        private boolean strictNames;
        private java.util.function.Consumer<UnreadName> onUnreadName;

        private Builder() {
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.thresholds = thresholds;
            copy.phoneRegion = phoneRegion;
            copy.researchContext = researchContext;
            copy.bundledRules = bundledRules;
            copy.ruleDirectories = List.copyOf(ruleDirectories);
            copy.failureMode = failureMode;
            copy.limits = limits;
            copy.detector = detector;
            copy.disabledRules = disabledRules;
            copy.releasedRules = releasedRules;
            copy.brake = brake;
            copy.replacing = replacing;
            copy.clock = clock;
            copy.listeners = List.copyOf(listeners);
            copy.strictNames = strictNames;
            copy.onUnreadName = onUnreadName;
            return copy;
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
         * Adds the {@code .drl} files under a directory the host trusts (never a path taken from
         * an item). They are compiled together with the bundled rule files; a file with the same
         * name as a bundled one (e.g. {@code hate.drl}) replaces it. {@link #reload()} re-reads it.
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

        /** What a decision says when evaluation fails (default {@link FailureMode#CLOSED}). */
        public Builder failureMode(FailureMode mode) {
            this.failureMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Bounds on what one item may hold (default {@link Limits#DEFAULT}). */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The kill switch: rules (by name) that are compiled and listed in {@link #rules()} as
         * disabled but never fire, so they record no finding and no other rule sees one of theirs.
         * Part of the rule-set digest. A name the rule set does not have fails {@link #build()}
         * (and {@link #reload()}) with an {@link IllegalArgumentException}: a misspelt kill switch
         * must not pass for one that works.
         */
        public Builder disabledRules(Collection<String> ruleNames) {
            Set<String> names = new LinkedHashSet<>();
            for (String name : Objects.requireNonNull(ruleNames, "ruleNames")) {
                names.add(Objects.requireNonNull(name, "rule name"));
            }
            this.disabledRules = Collections.unmodifiableSet(names);
            return this;
        }

        /** When new or changed rules are held (default {@link EmergencyBrake#DEFAULT}; {@link EmergencyBrake#OFF}). */
        public Builder emergencyBrake(EmergencyBrake brake) {
            this.brake = Objects.requireNonNull(brake, "brake");
            return this;
        }

        /**
         * Whether an item carrying a signal or capability that no rule reads is refused (default
         * false: the catalog keeps such names, and each is reported once). When true, {@link
         * #evaluate} throws {@link io.github.hubpolicy.api.InvalidItemException} naming the field,
         * e.g. {@code field 'signals.hat': no rule reads signal "hat" (did you mean "hate"?)}.
         */
        public Builder strictNames(boolean strict) {
            this.strictNames = strict;
            return this;
        }

        /**
         * Versions of rules a person has looked at and released ahead of time, by
         * {@link RuleInfo#fingerprint()} (as {@link DroolsPolicyEvaluator#rules()} and the service's
         * {@code GET /v1/rules} list them): the emergency brake does not watch them, so they are never
         * held. A fingerprint names one version of one rule's text, so a later change to the rule is
         * watched again. For hosts that restart rather than call {@link DroolsPolicyEvaluator#release}
         * (the starter's {@code hubpolicy.brake.released}). Not part of the rule-set digest: it
         * changes no decision until the brake would hold the rule.
         */
        public Builder releasedRules(Collection<String> fingerprints) {
            Set<String> versions = new LinkedHashSet<>();
            for (String fingerprint : Objects.requireNonNull(fingerprints, "fingerprints")) {
                if (!Objects.requireNonNull(fingerprint, "fingerprint").startsWith("sha256:")) {
                    throw new IllegalArgumentException("a released rule is named by its fingerprint (sha256:..., as rules()"
                            + " lists it), not '" + SafeText.oneLine(fingerprint) + "'");
                }
                versions.add(fingerprint);
            }
            this.releasedRules = Collections.unmodifiableSet(versions);
            return this;
        }

        /**
         * The rules of the rule set this evaluator replaces (e.g. the previous deployment's
         * {@link DroolsPolicyEvaluator#rules()}, kept by the host): rules of the new set that are not
         * among them, or whose fingerprint differs, are watched by the emergency brake from the
         * first decision. Without it the first rule set replaces nothing and no rule is watched
         * until {@link DroolsPolicyEvaluator#reload()} brings a changed one.
         */
        public Builder replacing(List<RuleInfo> previousRules) {
            this.replacing = List.copyOf(Objects.requireNonNull(previousRules, "previousRules"));
            return this;
        }

        /** The clock the emergency brake's watch period is measured on (tests move it). */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a listener told of every decision, failure, item over limits and rule set loaded or
         * rejected, in the order listeners were added. See {@link DecisionListener}.
         */
        public Builder listener(DecisionListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Who hears of an item name no rule reads, once per name and evaluator (default: a WARN
         * line in this class's log). Called on the evaluating thread; keep it quick.
         */
        public Builder onUnreadName(java.util.function.Consumer<UnreadName> listener) {
            this.onUnreadName = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Replaces the detectors' text pass (tests use it to make a detector fail). */
        Builder textDetector(TextDetector detector) {
            this.detector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        private List<RuleFile> ruleFiles() {
            List<RuleFile> files = bundledRules ? BundledRules.load() : List.of();
            for (Path directory : ruleDirectories) {
                files = RuleDirectory.overlay(files, RuleDirectory.load(directory));
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no rule files: the bundled rules are off and no rule directory has .drl files");
            }
            return files;
        }

        /**
         * Compiles the rule files and returns the evaluator.
         *
         * @throws RuleCompilationException listing every problem as {@code file:line:column: message}
         * @throws IllegalArgumentException when a rule directory is missing or the phone region unknown
         */
        public DroolsPolicyEvaluator build() {
            return new DroolsPolicyEvaluator(this);
        }
    }
}
