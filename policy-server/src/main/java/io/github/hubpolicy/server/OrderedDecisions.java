package io.github.hubpolicy.server;

import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One batch's records between reading and writing: each parsed item is decided (and its decision
 * line encoded) on the {@link DecisionSlots} workers while the request thread reads on; records
 * are written strictly in input order, an error record in its place. At most {@code window}
 * records are in flight, so a batch holds a bounded number of items whatever its size.
 *
 * <p>Used by the batch's request thread only.
 */
final class OrderedDecisions {
    private final PolicyEvaluator evaluator;
    private final DecisionSlots slots;
    private final int window;
    private final OutputStream out;
    private final ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
    private long written;

    OrderedDecisions(PolicyEvaluator evaluator, DecisionSlots slots, int window, OutputStream out) {
        this.evaluator = evaluator;
        this.slots = slots;
        this.window = window;
        this.out = out;
    }

    /** Records written so far. */
    long written() {
        return written;
    }

    /** Takes the next record; writes the oldest ones when they are done or when the window is full. */
    void add(ReadResult record) {
        if (record instanceof ReadResult.Parsed parsed) {
            pending.add(slots.submit(() -> line(DecisionWriter.toJson(evaluator.evaluate(parsed.item())))));
        } else {
            pending.add(CompletableFuture.completedFuture(line(DecisionWriter.toJson((ReadResult.Unreadable) record))));
        }
        while (!pending.isEmpty() && (pending.size() > window || pending.peek().isDone())) {
            writeOldest();
        }
    }

    /** Writes every record taken so far, waiting for their decisions, then flushes. */
    void drainAndFlush() throws IOException {
        while (!pending.isEmpty()) {
            writeOldest();
        }
        out.flush();
    }

    /** Gives up on the records not yet written (the client has gone): their decisions are cancelled. */
    void abandon() {
        for (Future<byte[]> future : pending) {
            future.cancel(false);
        }
        pending.clear();
    }

    /** Writes a record that is not a decision (the line-0 record ending a batch cut short). */
    void writeLast(ReadResult.Unreadable record) throws IOException {
        out.write(line(DecisionWriter.toJson(record)));
        out.write('\n');
    }

    private void writeOldest() {
        byte[] bytes;
        try {
            bytes = pending.peek().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a decision");
        } catch (ExecutionException e) {
            // The evaluator fails closed, so this is a defect: let it end the request as before.
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        pending.remove();
        try {
            out.write(bytes);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    /** A record's JSON in UTF-8 (encoded on the worker); the line break is written after it. */
    private static byte[] line(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
