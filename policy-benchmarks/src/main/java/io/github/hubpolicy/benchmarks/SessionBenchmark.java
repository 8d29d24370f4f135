package io.github.hubpolicy.benchmarks;

import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.ItemFile;
import io.github.hubpolicy.rules.Thresholds;
import io.github.hubpolicy.rules.detect.PickleImports;
import io.github.hubpolicy.rules.detect.TextScan;
import io.github.hubpolicy.rules.detect.TextScanner;
import io.github.hubpolicy.rules.facts.DepictedPerson;
import io.github.hubpolicy.rules.facts.Finding;
import io.github.hubpolicy.rules.facts.Item;
import io.github.hubpolicy.rules.facts.PickleImport;
import io.github.hubpolicy.rules.facts.UploadedFile;
import io.github.hubpolicy.rules.facts.UserReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A design experiment, not the evaluator: the rule engine's part of a decision on its own (the
 * text already scanned), with a new session per item as the evaluator does it and with a session
 * taken from a {@link KieSessionsPool}, on the typical items ({@code upTo1KiB}). It compiles the
 * bundled rule files through the public KIE API and inserts the same facts and runs the same four
 * phases as {@code DroolsPolicyEvaluator}, so the difference is what pooling would buy there.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 3, time = 3)
public class SessionBenchmark {
    /** The phases after the section rules, as {@code Phase} runs them. */
    private static final String[] LATER_PHASES = {"context", "escalation", "reports"};

    private KieBase kieBase;
    private KieSessionsPool pool;
    private List<ContentItem> items;
    private List<TextScan> scans;
    private TextScanner scanner;

    @Setup(Level.Trial)
    public void setUp() {
        kieBase = compileBundledRules();
        pool = kieBase.newKieSessionsPool(4);
        items = Corpora.named("upTo1KiB");
        scanner = new TextScanner("US");
        scans = new ArrayList<>();
        for (ContentItem item : items) {
            scans.add(scanner.scan(item.title(), item.text(), item.kind().isCommunity()));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /** New session per item, facts, four phases, findings read back, dispose: the evaluator's engine work. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void newSessionPerItem(Blackhole blackhole) {
        for (int i = 0; i < items.size(); i++) {
            blackhole.consume(decide(kieBase.newKieSession(), items.get(i), scans.get(i)));
        }
    }

    /** The same with a pooled session (dispose resets it and returns it to the pool). */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void pooledSession(Blackhole blackhole) {
        for (int i = 0; i < items.size(); i++) {
            blackhole.consume(decide(pool.newKieSession(), items.get(i), scans.get(i)));
        }
    }

    /**
     * The detectors, then the engine with a new session: the evaluator's work minus resolution.
     * Against {@link #newSessionPerItem} plus {@code DecisionBenchmark.detectorsOnly}, it shows
     * what the engine costs in context, where the detectors have just been through the caches.
     */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void detectorsThenNewSession(Blackhole blackhole) {
        for (ContentItem item : items) {
            TextScan scan = scanner.scan(item.title(), item.text(), item.kind().isCommunity());
            blackhole.consume(decide(kieBase.newKieSession(), item, scan));
        }
    }

    /** The detectors, then the engine with a pooled session. */
    @Benchmark
    @OperationsPerInvocation(Corpora.SIZE)
    public void detectorsThenPooledSession(Blackhole blackhole) {
        for (ContentItem item : items) {
            TextScan scan = scanner.scan(item.title(), item.text(), item.kind().isCommunity());
            blackhole.consume(decide(pool.newKieSession(), item, scan));
        }
    }

    /** Creating and disposing an empty session: the fixed cost pooling removes. */
    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public void newSessionOnly() {
        kieBase.newKieSession().dispose();
    }

    /** Taking an empty session from the pool and returning it. */
    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public void pooledSessionOnly() {
        pool.newKieSession().dispose();
    }

    static int decide(KieSession session, ContentItem item, TextScan scan) {
        try {
            insertFacts(session, item, scan);
            session.fireAllRules();
            for (String phase : LATER_PHASES) {
                session.getAgenda().getAgendaGroup(phase).setFocus();
                session.fireAllRules();
            }
            return session.getObjects(fact -> fact instanceof Finding).size();
        } finally {
            session.dispose();
        }
    }

    /** The facts {@code DroolsPolicyEvaluator} inserts, in its order. */
    private static void insertFacts(KieSession session, ContentItem item, TextScan scan) {
        session.insert(new Item(item, Thresholds.DEFAULT, true, scan));
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

    /** The bundled rule files (named by {@code hubpolicy/rules/rules.index}), compiled through the public KIE API. */
    static KieBase compileBundledRules() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.github.hubpolicy.benchmarks", "rules-" + UUID.randomUUID(), "1");
        files.generateAndWritePomXML(releaseId);
        for (String line : resource("hubpolicy/rules/rules.index").split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                files.write("src/main/resources/" + path, resource(path));
            }
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("bundled rules do not compile: " + builder.getResults().getMessages(Message.Level.ERROR));
        }
        KieBase base = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return base;
    }

    private static String resource(String path) {
        try (InputStream in = SessionBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
