package io.github.hubpolicy.server;

import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.json.DecisionWriter;
import io.github.hubpolicy.json.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One batch's records between reading and writing: parsed items are decided (and their decision
 * lines encoded) on the {@link DecisionSlots} workers while the request thread reads on; records
 * are written strictly in input order, an error record in its place.
 *
 * <p>Records travel to the workers in chunks of up to {@value #CHUNK_RECORDS} records or
 * {@value #CHUNK_CHARS} characters of text, not one by one, so that the hand-over to another
 * thread (a queue operation, a wake-up, a future) is paid once per chunk, not per line. A chunk
 * goes early, from {@value #MIN_CHUNK_RECORDS} records, when a worker would otherwise idle (the
 * start of a batch, one client alone): a worker waiting for 32 lines to be read is a core unused,
 * and the last chunk of a batch is decided by one worker while the others may idle. At most
 * {@code window} chunks are in flight, so a batch holds a bounded number of items whatever its size.
 *
 * <p>Used by the batch's request thread only.
 */
final class OrderedDecisions {
    /** Records per chunk at most. */
    static final int CHUNK_RECORDS = 32;
    /** Title and text characters per chunk at most (a chunk of long items stays short). */
    static final int CHUNK_CHARS = 64 * 1024;
    /** Records per chunk at least when a worker is idle. */
    static final int MIN_CHUNK_RECORDS = 4;

    private final PolicyEvaluator evaluator;
    private final DecisionSlots slots;
    private final int window;
    private final OutputStream out;
    private final ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
    private List<ReadResult> filling = new ArrayList<>(CHUNK_RECORDS);
    private long fillingChars;
    private long written;

    /** A chunk's records encoded: one line each, in input order. */
    private record Chunk(byte[] lines, int records) {
    }

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

    /** Takes the next record; hands a full chunk to the workers and writes the oldest chunks that are done. */
    void add(ReadResult record) {
        filling.add(record);
        if (record instanceof ReadResult.Parsed parsed) {
            fillingChars += length(parsed.item().title()) + length(parsed.item().text());
        }
        if (filling.size() >= CHUNK_RECORDS || fillingChars >= CHUNK_CHARS
                || filling.size() >= MIN_CHUNK_RECORDS && slots.workerIdle()) {
            submitFilling();
        }
        while (!pending.isEmpty() && (pending.size() > window || pending.peek().isDone())) {
            writeOldest();
        }
    }

    /** Writes the oldest records whose decisions are done, without waiting for the others. */
    void writeDone() {
        while (!pending.isEmpty() && pending.peek().isDone()) {
            writeOldest();
        }
    }

    /** Writes every record taken so far, waiting for their decisions, then flushes. */
    void drainAndFlush() throws IOException {
        submitFilling();
        while (!pending.isEmpty()) {
            writeOldest();
        }
        out.flush();
    }

    /** Gives up on the records not yet written (the client has gone): their decisions are cancelled. */
    void abandon() {
        for (Future<Chunk> future : pending) {
            future.cancel(false);
        }
        pending.clear();
        filling = new ArrayList<>(CHUNK_RECORDS);
        fillingChars = 0;
    }

    /** Writes a record that is not a decision (the line-0 record ending a batch cut short). */
    void writeLast(ReadResult.Unreadable record) throws IOException {
        out.write(DecisionWriter.toJson(record).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private void submitFilling() {
        if (filling.isEmpty()) {
            return;
        }
        List<ReadResult> chunk = filling;
        filling = new ArrayList<>(CHUNK_RECORDS);
        fillingChars = 0;
        pending.add(slots.submit(() -> encode(chunk)));
    }

    /** Decides a chunk's items and encodes every record, on a worker. */
    private Chunk encode(List<ReadResult> chunk) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(chunk.size() * 512);
        for (ReadResult record : chunk) {
            String json = record instanceof ReadResult.Parsed parsed
                    ? DecisionWriter.toJson(evaluator.evaluate(parsed.item()))
                    : DecisionWriter.toJson((ReadResult.Unreadable) record);
            lines.writeBytes(json.getBytes(StandardCharsets.UTF_8));
            lines.write('\n');
        }
        return new Chunk(lines.toByteArray(), chunk.size());
    }

    private void writeOldest() {
        Chunk chunk;
        try {
            chunk = pending.peek().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a decision");
        } catch (ExecutionException e) {
            // The evaluator fails closed, so this is a defect: let it end the request as before.
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        pending.remove();
        try {
            out.write(chunk.lines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written += chunk.records();
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
