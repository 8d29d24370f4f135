package io.github.hubpolicy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hubpolicy.api.ContentItem;
import io.github.hubpolicy.api.Decision;
import io.github.hubpolicy.api.DecisionChange;
import io.github.hubpolicy.api.Finding;
import io.github.hubpolicy.api.InvalidItemException;
import io.github.hubpolicy.api.Trace;
import io.github.hubpolicy.json.CaseReader;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.DiffReport;
import io.github.hubpolicy.json.ItemReader;
import io.github.hubpolicy.json.PolicyCase;
import io.github.hubpolicy.json.ReadResult;
import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.api.catalog.PolicySections;
import io.github.hubpolicy.rules.RuleInfo;
import io.github.hubpolicy.server.PlaygroundViews.BatchRecord;
import io.github.hubpolicy.server.PlaygroundViews.CaseResult;
import io.github.hubpolicy.server.PlaygroundViews.Cases;
import io.github.hubpolicy.server.PlaygroundViews.Decided;
import io.github.hubpolicy.server.PlaygroundViews.ItemError;
import io.github.hubpolicy.server.PlaygroundViews.Outcome;
import io.github.hubpolicy.server.PlaygroundViews.RuleSet;
import io.github.hubpolicy.server.PlaygroundViews.SectionChange;
import io.github.hubpolicy.server.PlaygroundViews.SectionCoverage;
import io.github.hubpolicy.server.PlaygroundViews.Side;
import io.github.hubpolicy.server.PlaygroundViews.SummaryRecord;
import io.github.hubpolicy.testkit.PolicyCases;
import io.github.hubpolicy.testkit.RuleCoverage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The playground's JSON, under {@code /playground/api} (the {@code /v1} contract is untouched),
 * and its guidelines page. It only reads: items are decided by the rule sets the server was
 * started with (base, and the candidate directory's); no endpoint takes rule text. Decisions are
 * the policy-json writer's, diffs {@link DecisionChange} and {@link DiffReport}'s, case files the
 * testkit's {@link PolicyCase} checks and {@link RuleCoverage}, as {@code policy-cli} uses them.
 */
@RestController
@RequestMapping("/playground")
@ConditionalOnBooleanProperty("hubpolicy.server.playground.enabled")
final class PlaygroundController {
    private static final ObjectMapper LINES = new ObjectMapper();

    private final DroolsPolicyEvaluator base;
    private final CandidateRules candidate;
    private final ItemReader reader;
    private final ItemBodies items;
    private final BatchLines lines;
    private final DecisionPermits permits;
    private final ServerSettings settings;
    private final PlaygroundResources resources;
    private final PlaygroundEvents events;
    private final BatchTallies tallies;

    PlaygroundController(DroolsPolicyEvaluator base, ObjectProvider<CandidateRules> candidate, ItemReader reader,
                         ItemBodies items, BatchLines lines, DecisionPermits permits, ServerSettings settings,
                         PlaygroundResources resources, PlaygroundEvents events, BatchTallies tallies) {
        this.base = base;
        this.candidate = candidate.getIfAvailable();
        this.reader = reader;
        this.items = items;
        this.lines = lines;
        this.permits = permits;
        this.settings = settings;
        this.resources = resources;
        this.events = events;
        this.tallies = tallies;
    }

    /** The rule sets, the candidate's last compile, the sections and the samples. */
    @GetMapping(path = "/api/state", produces = MediaType.APPLICATION_JSON_VALUE)
    PlaygroundViews.State state() {
        List<PlaygroundViews.Section> sections = PolicySections.all().stream()
                .map(s -> new PlaygroundViews.Section(s.id(), s.title(), s.summary())).toList();
        return new PlaygroundViews.State(RuleSet.of("base", base.policy()),
                candidate == null ? null : PlaygroundViews.Candidate.of(candidate.directory(), candidate.state()),
                sections, resources.samples());
    }

    /** The bundled samples as one JSON Lines file, for a batch. */
    @GetMapping(path = "/api/samples.jsonl", produces = BatchController.NDJSON)
    ResponseEntity<byte[]> samples() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(BatchController.NDJSON))
                .body(resources.samplesFile());
    }

    /** Live updates: a {@code candidate} event after each compile of the candidate directory. */
    @GetMapping(path = "/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return events.open(candidate == null ? null : candidate.state());
    }

    /** The guidelines as a page, each section at {@code #sec-<id>}. */
    @GetMapping(path = "/guidelines", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> guidelines() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(resources.guidelines().html());
    }

    /**
     * One item decided by the base and, when there is one, the candidate, with the trace; an item
     * that cannot be read is a 400 with the reader's message and the field it names.
     */
    @PostMapping(path = "/api/decide", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> decide(HttpServletRequest request) throws IOException {
        String json = items.text(request);
        ContentItem item;
        try {
            item = reader.parse(json);
        } catch (InvalidItemException e) {
            return ResponseEntity.badRequest().body(new ItemError("invalid_item", e.getMessage(), e.field()));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(new ItemError("malformed_json", e.getMessage(), null));
        }
        try (DecisionPermits.Permit permit = permits.acquire()) {
            Trace before = base.trace(item);
            DroolsPolicyEvaluator serving = candidate == null ? null : candidate.state().serving();
            if (serving == null) {
                return ResponseEntity.ok(new Decided(side(base, before), null, null, null));
            }
            Trace after = serving.trace(item);
            List<SectionChange> changes = DecisionChange.between(before.decision(), after.decision())
                    .map(c -> c.sections().stream().map(SectionChange::of).toList()).orElse(null);
            return ResponseEntity.ok(new Decided(side(base, before), side(serving, after), changes != null,
                    changes == null ? List.of() : changes));
        }
    }

    private static Side side(DroolsPolicyEvaluator evaluator, Trace trace) {
        Set<String> named = new LinkedHashSet<>();
        trace.decision().findings().stream().map(Finding::rule).forEach(named::add);
        named.addAll(trace.firedRules());
        List<PlaygroundViews.Rule> rules = evaluator.rules().stream().filter(r -> named.contains(r.name()))
                .map(PlaygroundViews.Rule::of).toList();
        return new Side(DecisionWriter.toJson(trace.decision()), trace.firedRules(), rules);
    }

    /** Starts a batch: the server keeps its counts (never its items) while the page sends it in chunks. */
    @PostMapping(path = "/api/batches", produces = MediaType.APPLICATION_JSON_VALUE)
    PlaygroundViews.BatchStarted startBatch() {
        return new PlaygroundViews.BatchStarted(tallies.start());
    }

    /**
     * One chunk of a batch (JSON Lines in), decided by both rule sets through the server's
     * streaming batch reader and limits: one record per input record out, as soon as it is
     * decided, then the batch's summary so far (the diff report's groups, as {@code policy-cli
     * diff} prints them). {@code firstLine} is the chunk's first line in the author's file.
     */
    @PostMapping(path = "/api/batches/{id}", consumes = {BatchController.NDJSON, "application/jsonl", "application/json"},
            produces = BatchController.NDJSON)
    void chunk(@PathVariable String id, @RequestParam(defaultValue = "1") int firstLine, HttpServletRequest request,
               HttpServletResponse response) throws IOException {
        BatchTallies.Batch batch = tallies.find(id);
        if (batch == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no_batch", "no batch " + id + " (it ended or was evicted); start"
                    + " a new one");
        }
        long max = settings.maxBatchSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body_too_large", "the chunk ("
                    + request.getContentLengthLong() + " bytes) is over the limit of " + max + " bytes");
        }
        long deadline = System.nanoTime() + settings.batchTimeout().toNanos();
        DroolsPolicyEvaluator serving = candidate == null ? null : candidate.state().serving();
        try (DecisionPermits.Permit permit = permits.acquire()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(BatchController.NDJSON);
            response.setCharacterEncoding("UTF-8");
            Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                    1 << 16);
            RequestInput in = new RequestInput(request.getInputStream(), max, deadline,
                    settings.batchTimeout().toString(), atLineEnd -> out.flush());
            int offset = firstLine - 1;
            String stopped = null;
            synchronized (batch) {
                try {
                    lines.read(in, record -> write(out, decide(record, offset, serving, batch)));
                } catch (ApiException e) {
                    stopped = e.getMessage();
                } catch (UncheckedIOException e) {
                    stopped = "reading the chunk failed after " + in.bytesRead() + " bytes; the rest was not decided";
                }
                try {
                    if (stopped != null) {
                        write(out, new BatchRecord(0, null, stopped, null, null, null, null));
                    }
                    write(out, new SummaryRecord(batch.summary()));
                    out.flush();
                } catch (UncheckedIOException | IOException e) {
                    // The page has gone (cancelled): nobody is left to tell.
                }
            }
        }
    }

    private BatchRecord decide(ReadResult record, int offset, DroolsPolicyEvaluator serving, BatchTallies.Batch batch) {
        if (record instanceof ReadResult.Unreadable bad) {
            batch.unreadable();
            return new BatchRecord(bad.line() + offset, bad.id(), bad.error(), null, null, null, null);
        }
        ReadResult.Parsed parsed = (ReadResult.Parsed) record;
        Decision before = base.evaluate(parsed.item());
        if (serving == null) {
            batch.decided(null);
            return new BatchRecord(parsed.line() + offset, parsed.item().id(), null, outcome(before), null, null, null);
        }
        Decision after = serving.evaluate(parsed.item());
        DecisionChange change = DecisionChange.between(before, after).orElse(null);
        batch.decided(change);
        return new BatchRecord(parsed.line() + offset, parsed.item().id(), null, outcome(before), outcome(after),
                change == null ? List.of() : change.sections().stream().map(SectionChange::of).toList(),
                change == null ? null : DiffReport.change(change));
    }

    private static Outcome outcome(Decision decision) {
        return new Outcome(decision.verdict().name(), decision.actions().stream().map(Enum::name).toList(),
                List.copyOf(new TreeSet<>(decision.sections())));
    }

    /**
     * The candidate directory's case files ({@code *.cases.jsonl}) against the candidate rule set:
     * PASS or FAIL per case with what differed ({@link PolicyCase#differences}, as {@code
     * policy-cli test} prints it), and the coverage of the directory's rules ({@link RuleCoverage}).
     */
    @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    Cases cases() {
        if (candidate == null) {
            return new Cases("there is no candidate directory: start the server with --candidate DIR", null, 0, 0,
                    List.of(), List.of());
        }
        CandidateRules.State state = candidate.state();
        DroolsPolicyEvaluator serving = state.serving();
        if (serving == null) {
            return new Cases("the candidate rules do not compile: " + String.join("; ", state.problems()), null, 0, 0,
                    List.of(), List.of());
        }
        Path directory = candidate.directory();
        List<PolicyCase> read;
        Set<String> files = new HashSet<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.filter(p -> p.toString().endsWith(".drl"))
                    .forEach(p -> files.add(directory.relativize(p).toString().replace('\\', '/')));
            read = PolicyCases.in(directory).cases();
        } catch (IOException | UncheckedIOException e) {
            return new Cases("cannot read the candidate directory " + directory, null, 0, 0, List.of(), List.of());
        } catch (CaseReader.CaseFileException e) {
            return new Cases(e.getMessage(), null, 0, 0, List.of(), List.of());
        }
        Set<String> contextRules = serving.rules().stream().filter(r -> r.section() == null).map(RuleInfo::name)
                .collect(Collectors.toSet());
        List<CaseResult> results = new ArrayList<>();
        int passed = 0;
        try (DecisionPermits.Permit permit = permits.acquire()) {
            for (PolicyCase c : read) {
                Trace trace = serving.trace(c.item());
                List<String> differences = c.differences(trace.decision(),
                        trace.firedRules().stream().filter(contextRules::contains).toList());
                passed += differences.isEmpty() ? 1 : 0;
                results.add(new CaseResult(c.location(), c.name(), differences.isEmpty(), differences));
            }
            RuleCoverage coverage = RuleCoverage.of(serving, read, rule -> files.contains(rule.file()));
            return new Cases(null, serving.policy().rules(), passed, read.size() - passed, results,
                    coverage(serving, coverage));
        }
    }

    /** The coverage by section, in the order the rules are declared; context rules under {@code (context)}. */
    private static List<SectionCoverage> coverage(DroolsPolicyEvaluator serving, RuleCoverage coverage) {
        Set<String> counted = Set.copyOf(coverage.rules());
        Map<String, List<PlaygroundViews.RuleCoverage>> bySection = new LinkedHashMap<>();
        for (RuleInfo rule : serving.rules()) {
            if (!counted.contains(rule.name())) {
                continue;
            }
            bySection.computeIfAbsent(rule.section() == null ? "(context)" : rule.section(), s -> new ArrayList<>())
                    .add(new PlaygroundViews.RuleCoverage(rule.name(), !coverage.neverFired().contains(rule.name()),
                            !coverage.withoutNearMiss().contains(rule.name())));
        }
        List<SectionCoverage> sections = new ArrayList<>();
        bySection.forEach((section, rules) -> sections.add(new SectionCoverage(section,
                !coverage.sectionsWithoutCases().contains(section), rules)));
        return sections;
    }

    private static void write(Writer out, Object record) {
        try {
            out.write(LINES.writeValueAsString(record));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a batch record", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
