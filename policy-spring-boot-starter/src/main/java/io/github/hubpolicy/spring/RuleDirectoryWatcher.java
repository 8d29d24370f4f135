package io.github.hubpolicy.spring;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.github.hubpolicy.rules.DroolsPolicyEvaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs an action when a {@code .drl} file under some rule directories is created, changed or
 * deleted, once the directories have been quiet for the debounce time (an editor's save, or a
 * deployment copying several files, is one run). The auto-configuration's watcher reloads the
 * evaluator: a rule set that does not compile is rejected by the evaluator, which keeps the last
 * good one and tells its listeners (health and metrics); the watcher keeps watching. The
 * decision service's playground uses the same watcher for its candidate rule set.
 */
public final class RuleDirectoryWatcher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(RuleDirectoryWatcher.class);

    private final Runnable onChange;
    private final List<Path> directories;
    private final Duration debounce;
    private volatile WatchService watchService;
    private volatile Thread thread;

    RuleDirectoryWatcher(DroolsPolicyEvaluator evaluator, List<Path> directories, Duration debounce) {
        this(directories, debounce, () -> reload(evaluator));
    }

    /**
     * A watcher that runs {@code onChange} on its own thread after each quiet period that
     * followed a change; {@link #start()} begins watching.
     *
     * @param directories the trusted rule directories, watched with their subdirectories
     * @param debounce    how long the directories must be quiet before {@code onChange} runs
     * @param onChange    what to do; a runtime exception it throws is logged and watching goes on
     */
    public RuleDirectoryWatcher(List<Path> directories, Duration debounce, Runnable onChange) {
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.directories = List.copyOf(directories);
        this.debounce = Objects.requireNonNull(debounce, "debounce");
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            for (Path directory : directories) {
                registerTree(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the rule directories " + directories, e);
        }
        thread = new Thread(this::watch, "hubpolicy-rule-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Watching {} for rule changes (debounce {} ms)", directories, debounce.toMillis());
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        if (running == null) {
            return;
        }
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("Closing the rule watcher failed", e);
        }
        running.interrupt();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void registerTree(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (!relevant(watchService.take())) {
                    continue;
                }
                // Debounce: wait until nothing has changed for the debounce time.
                WatchKey next;
                while ((next = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant(next);
                }
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    LOG.warn("Acting on a rule change failed: {}", e.getClass().getName());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Consumes the key's events; true when one concerns a rule file or a directory. */
    private boolean relevant(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (changed.toString().endsWith(".drl")) {
                relevant = true;
            } else if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                relevant = true;
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    LOG.warn("Cannot watch new rule directory {}: {}", changed, e.getClass().getSimpleName());
                }
            }
        }
        key.reset();
        return relevant;
    }

    private static void reload(DroolsPolicyEvaluator evaluator) {
        try {
            LOG.info("Rule files changed; now serving {}", evaluator.reload().rules());
        } catch (RuntimeException e) {
            // Rejected: the evaluator logged it and told its listeners; the last good rule set keeps serving.
        }
    }
}
