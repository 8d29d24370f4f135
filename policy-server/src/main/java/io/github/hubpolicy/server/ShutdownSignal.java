package io.github.hubpolicy.server;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells running batches that the service is shutting down. It stops first (the highest phase),
 * before the web server's graceful shutdown waits for requests in flight: a batch then ends at
 * the next record boundary with an error record saying so, and its response completes cleanly
 * within the grace period instead of being cut mid-line when the period runs out.
 */
@Component
final class ShutdownSignal implements SmartLifecycle {
    private volatile boolean running;
    private volatile boolean stopping;

    /** True once shutdown has begun. */
    boolean stopping() {
        return stopping;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stopping = true;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
