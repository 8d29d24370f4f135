package io.github.hubpolicy.server;

import java.time.Duration;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The service's part of a graceful shutdown, in this order. Spring Boot sets readiness to
 * REFUSING_TRAFFIC as the context starts closing; this lifecycle stops first (the highest phase)
 * and keeps serving for the drain delay, so that a load balancer sees readiness go down and
 * stops sending requests before the port closes. Then it tells running batches that the service
 * is shutting down: a batch ends at the next record boundary with an error record saying so, and
 * its response completes cleanly within the grace period instead of being cut mid-line when the
 * period runs out. Only then does the web server's graceful shutdown (a lower phase) stop
 * accepting connections and wait for the requests in flight.
 */
@Component
final class ShutdownSignal implements SmartLifecycle {
    private final Duration drainDelay;
    private volatile boolean running;
    private volatile boolean stopping;

    ShutdownSignal(ServerSettings settings) {
        this.drainDelay = settings.drainDelay();
    }

    /** True once running batches should end: after the drain delay. */
    boolean stopping() {
        return stopping;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        try {
            Thread.sleep(drainDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
