package io.github.hubpolicy.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;

/**
 * Bounds the requests deciding at the same time. A request beyond the bound is refused at once
 * with 503 and Retry-After rather than queued: under overload a sidecar should shed load and
 * let the caller's retry policy spread it, not build a queue whose wait nobody bounds.
 */
final class DecisionPermits {
    /** One request's right to decide; closing it gives the right back. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore permits;
    private final int max;
    private final Duration retryAfter;

    DecisionPermits(int max, Duration retryAfter) {
        this.permits = new Semaphore(max);
        this.max = max;
        this.retryAfter = retryAfter;
    }

    /** @throws ApiException 503 {@code overloaded} when every permit is taken */
    Permit acquire() {
        if (!permits.tryAcquire()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                    "the service is already deciding " + max + " requests (hubpolicy.server.max-concurrent-decisions);"
                            + " retry after " + Math.max(1, retryAfter.toSeconds()) + " s", retryAfter);
        }
        return permits::release;
    }

    /** Permits free now (for tests and metrics). */
    int available() {
        return permits.availablePermits();
    }
}
