package io.github.hubpolicy.server;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import io.github.hubpolicy.rules.RuleCompilationException;
import io.github.hubpolicy.rules.RuleProblem;
import io.github.hubpolicy.spring.RuleDirectoryWatcher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The playground's candidate rule set: compiled from a trusted directory at start and again each
 * time a rule file in it changes (the starter's watcher, debounced). A compile that fails leaves
 * the last good candidate serving and reports its problems; every outcome goes to {@code onChange}
 * (the page's server-sent events). Thread-safe: the current state is one immutable record.
 */
final class CandidateRules implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateRules.class);

    /**
     * What the candidate directory compiled to last.
     *
     * @param serving  the last good candidate, {@code null} until one compiled
     * @param problems the last compile's errors as {@code file:line:column: error: message}, empty when it compiled
     * @param revision counts the compiles, so that the page can tell an update from a repeat
     */
    record State(DroolsPolicyEvaluator serving, List<String> problems, long revision) {
        State {
            problems = List.copyOf(problems);
        }

        boolean compiled() {
            return problems.isEmpty();
        }
    }

    private final Path directory;
    private final Supplier<DroolsPolicyEvaluator.Builder> builder;
    private final Consumer<State> onChange;
    private final RuleDirectoryWatcher watcher;
    private volatile State state = new State(null, List.of("not compiled yet"), 0);

    /**
     * @param builder a fresh builder under the base's settings, to which the directory is added
     */
    CandidateRules(Path directory, Supplier<DroolsPolicyEvaluator.Builder> builder, Duration debounce,
                   Consumer<State> onChange) {
        this.directory = directory;
        this.builder = builder;
        this.onChange = onChange;
        this.watcher = new RuleDirectoryWatcher(List.of(directory), debounce, this::compile);
        compile();
    }

    Path directory() {
        return directory;
    }

    State state() {
        return state;
    }

    /** Compiles the directory afresh; keeps the last good candidate when it does not compile. */
    synchronized void compile() {
        State before = state;
        State after;
        try {
            DroolsPolicyEvaluator compiled = builder.get().ruleDirectory(directory).build();
            after = new State(compiled, List.of(), before.revision() + 1);
            LOG.info("Candidate rules in {} compiled: {}", directory, compiled.policy().rules());
        } catch (RuleCompilationException e) {
            List<String> problems = e.problems().stream().filter(RuleProblem::isError).map(RuleProblem::toString).toList();
            after = new State(before.serving(), problems.isEmpty() ? List.of(e.getMessage()) : problems,
                    before.revision() + 1);
            LOG.info("Candidate rules in {} do not compile ({} problems); the last good candidate keeps serving",
                    directory, after.problems().size());
        } catch (IllegalArgumentException e) {
            after = new State(before.serving(), List.of(directory + ": " + e.getMessage()), before.revision() + 1);
        }
        state = after;
        onChange.accept(after);
    }

    @Override
    public void start() {
        watcher.start();
    }

    @Override
    public void stop() {
        watcher.stop();
    }

    @Override
    public boolean isRunning() {
        return watcher.isRunning();
    }
}
