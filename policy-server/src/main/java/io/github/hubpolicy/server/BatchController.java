package io.github.hubpolicy.server;

import io.github.hubpolicy.api.PolicyEvaluator;
import io.github.hubpolicy.json.ReadResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deciding a batch streamed as JSON Lines (or a JSON array) in and JSON Lines out: one record per
 * input record, in order, an error record in place of an item that cannot be read (the CLI's
 * guarantee), each written as soon as it is decided, so memory stays bounded whatever the size.
 * The lines are decided on every core ({@link DecisionSlots}) while this request's thread reads
 * ahead a few lines and writes the decisions in input order ({@link OrderedDecisions}).
 * A batch that cannot go on (time limit, body over the limit, shutdown) ends with one error record
 * with line 0 naming why; a client that counts the records knows where it stopped.
 */
@RestController
@RequestMapping("/v1")
@Tag(name = "decide")
final class BatchController {
    static final String NDJSON = "application/x-ndjson";

    private final PolicyEvaluator evaluator;
    private final BatchLines lines;
    private final DecisionPermits permits;
    private final DecisionSlots slots;
    private final ServerSettings settings;
    private final ShutdownSignal shutdown;

    BatchController(PolicyEvaluator evaluator, BatchLines lines, DecisionPermits permits, DecisionSlots slots,
                    ServerSettings settings, ShutdownSignal shutdown) {
        this.evaluator = evaluator;
        this.lines = lines;
        this.permits = permits;
        this.slots = slots;
        this.settings = settings;
        this.shutdown = shutdown;
    }

    /** Why a batch stops before its end. */
    private enum Why { SHUTDOWN, TIME_LIMIT }

    /** Ends reading a batch early; the reason is written as its last record, after the records decided before. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Why why;

        Stop(Why why) {
            super(why.name(), null, false, false);
            this.why = why;
        }
    }

    @PostMapping(path = "/decide/batch", consumes = {NDJSON, "application/jsonl", "application/json"}, produces = NDJSON)
    @Operation(summary = "Decide a batch (JSON Lines in, JSON Lines out)",
            description = "One item per line in (or a JSON array); one record per input record out, in order, as"
                    + " policy-cli evaluate prints them: a decision, or {\"line\",\"id\",\"error\"} in place of an item"
                    + " that cannot be read. Streamed both ways. A batch cut short ends with an error record whose"
                    + " line is 0 (time limit, body over the limit, the service shutting down).",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = NDJSON,
                    schema = @Schema(type = "string", description = "Items of item-format.md, one per line"))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Decisions and error records, one per line",
                            content = @Content(mediaType = NDJSON, schema = @Schema(type = "string"))),
                    @ApiResponse(responseCode = "413", description = "body_too_large (by Content-Length)",
                            content = @Content(schema = @Schema(implementation = ApiError.class))),
                    @ApiResponse(responseCode = "503", description = "overloaded (with Retry-After)",
                            content = @Content(schema = @Schema(implementation = ApiError.class)))})
    void batch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long max = settings.maxBatchSize().toBytes();
        if (request.getContentLengthLong() > max) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body_too_large", "the batch ("
                    + request.getContentLengthLong() + " bytes) is over the limit of " + max + " bytes");
        }
        long deadline = System.nanoTime() + settings.batchTimeout().toNanos();
        try (DecisionPermits.Permit permit = permits.acquire()) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(NDJSON);
            response.setCharacterEncoding("UTF-8");
            OutputStream out = new BufferedOutputStream(response.getOutputStream(), 1 << 16);
            OrderedDecisions records = new OrderedDecisions(evaluator, slots, slots.threads() + 1, out);
            // Before a read that may block at the end of a line, everything read so far is decided and
            // sent: a client that sends some lines and waits for their answers gets them. Inside a
            // line the client is still sending: the decisions done so far are written, the others
            // go on being decided while the request thread reads on.
            RequestInput in = new RequestInput(request.getInputStream(), max, deadline,
                    settings.batchTimeout().toString(), atLineEnd -> {
                        if (atLineEnd) {
                            records.drainAndFlush();
                        } else {
                            records.writeDone();
                        }
                    });
            Stop stop = null;
            ApiException limit = null;
            String readFailure = null;
            try {
                lines.read(in, record -> {
                    if (shutdown.stopping()) {
                        throw new Stop(Why.SHUTDOWN);
                    }
                    if (System.nanoTime() - deadline > 0) {
                        throw new Stop(Why.TIME_LIMIT);
                    }
                    records.add(record);
                });
            } catch (Stop e) {
                stop = e;
            } catch (ApiException e) {
                limit = e;
            } catch (UncheckedIOException e) {
                // The client went away or stalled past the read timeout: tell it if it still listens.
                records.abandon();
                readFailure = "reading the request body failed after " + in.bytesRead() + " bytes ("
                        + e.getCause().getClass().getSimpleName() + "); the rest was not decided";
            } catch (RuntimeException e) {
                records.abandon();
                throw e;
            }
            try {
                // The records taken before the stop were decided: they are written before saying why it stopped.
                records.drainAndFlush();
                String stoppedBecause = readFailure;
                if (stop != null && stop.why == Why.SHUTDOWN) {
                    stoppedBecause = "the service is shutting down: records after the " + records.written()
                            + " above were not decided; send them again";
                } else if (stop != null) {
                    stoppedBecause = "the batch reached the time limit of " + settings.batchTimeout() + " after "
                            + records.written() + " records; the rest was not decided";
                } else if (limit != null) {
                    stoppedBecause = limit.getMessage() + "; records after the " + records.written()
                            + " above were not decided";
                }
                if (stoppedBecause != null) {
                    records.writeLast(new ReadResult.Unreadable(0, null, stoppedBecause));
                }
                out.flush();
            } catch (IOException | UncheckedIOException e) {
                // The client has gone: nobody is left to tell.
                records.abandon();
            }
        }
    }
}
