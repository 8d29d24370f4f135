package io.github.hubpolicy.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;

/**
 * Where decisions run: at most {@code threads} at a time (about the core count), the others
 * waiting their turn in arrival order. Deciding is CPU-bound, so more decisions at once than
 * cores only time-slice: each one is stretched by the others (a single item's p99 under many
 * clients) and no more get decided. The wait is bounded: only requests admitted by
 * {@link DecisionPermits} (at most {@code max-concurrent-decisions}) get here, and a single item
 * waits no longer than its request's time limit.
 *
 * <p>A batch's lines are decided on this class's {@code threads} workers, so one batch uses
 * every core while its request thread reads the next lines and writes the decisions in order
 * ({@link OrderedDecisions}). Workers and single-item requests take their turn from the same
 * slots, so a mix of both still runs {@code threads} decisions at a time.
 */
final class DecisionSlots implements AutoCloseable {
    private final int threads;
    /** Fair: whoever waits longest decides next. */
    private final Semaphore slots;
    private final ThreadPoolExecutor workers;
    /** Submitted tasks not yet finished or cancelled: a hint of whether a worker would idle. */
    private final AtomicInteger unfinished = new AtomicInteger();

    /**
     * @param threads   decisions running at once, and workers for batch lines
     * @param maxQueued batch lines waiting for a worker at most (every batch's read-ahead together); beyond it the
     *                  batch's own thread decides the line (never an unbounded queue)
     */
    DecisionSlots(int threads, int maxQueued) {
        this.threads = threads;
        this.slots = new Semaphore(threads, true);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, maxQueued)), task -> {
                    Thread thread = new Thread(task, "decide-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Decisions running at once at most. */
    int threads() {
        return threads;
    }

    /**
     * Runs {@code decision} on the calling thread once a slot is free.
     *
     * @throws ApiException 408 {@code time_limit} when no slot came free before {@code deadlineNanos}
     */
    <T> T decide(Supplier<T> decision, long deadlineNanos, String timeLimit) {
        try {
            if (!slots.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new ApiException(HttpStatus.REQUEST_TIMEOUT, "time_limit",
                        "the request was not decided within the time limit of " + timeLimit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "shutting_down", "the service is shutting down");
        }
        try {
            return decision.get();
        } finally {
            slots.release();
        }
    }

    /** Runs {@code decision} on a worker once a slot is free (on the caller when every worker's queue is full). */
    <T> Future<T> submit(Callable<T> decision) {
        FutureTask<T> task = new FutureTask<>(() -> {
            slots.acquire();
            try {
                return decision.call();
            } finally {
                slots.release();
            }
        }) {
            @Override
            protected void done() {
                unfinished.decrementAndGet();
            }
        };
        unfinished.incrementAndGet();
        workers.execute(task);
        return task;
    }

    /**
     * Whether a worker has nothing to do now (fewer tasks submitted and unfinished than workers):
     * a batch then hands over the lines it has rather than wait to fill a chunk. A hint, read
     * without a lock.
     */
    boolean workerIdle() {
        return unfinished.get() < threads;
    }

    /** Stops the workers; called when the service stops, after the web server has finished its requests. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
