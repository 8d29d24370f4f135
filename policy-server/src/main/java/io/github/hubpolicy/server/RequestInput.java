package io.github.hubpolicy.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/**
 * A request body read within a size limit and a deadline. Each read is bounded by the
 * container's read timeout ({@code server.tomcat.connection-timeout}); the deadline is checked
 * before each, so a client that trickles bytes cannot hold a worker past the time limit either.
 * Before a read that may block (the container's buffer is empty), {@code beforeBlocking} runs,
 * told whether the bytes so far end a line: a batch writes and flushes every decision made so far
 * when they do (a client that sends lines and waits for their answers gets them), and only the
 * decisions already done when the input pauses inside a line (the client is still sending it:
 * waiting there for the lines before would make reading and deciding take turns).
 */
final class RequestInput extends FilterInputStream {
    /** Runs before a read that would block. */
    interface BeforeBlocking {
        /** @param atLineEnd whether the bytes read so far end with a line break (or none were read) */
        void run(boolean atLineEnd) throws IOException;
    }

    private final long maxBytes;
    private final long deadlineNanos;
    private final String timeLimit;
    private final BeforeBlocking beforeBlocking;
    private long read;
    /** The last byte read, or '\n' before the first. */
    private byte last = '\n';

    RequestInput(InputStream in, long maxBytes, long deadlineNanos, String timeLimit, BeforeBlocking beforeBlocking) {
        super(in);
        this.maxBytes = maxBytes;
        this.deadlineNanos = deadlineNanos;
        this.timeLimit = timeLimit;
        this.beforeBlocking = beforeBlocking;
    }

    /** Bytes read so far. */
    long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new ApiException(HttpStatus.REQUEST_TIMEOUT, "time_limit",
                    "the request was not finished within the time limit of " + timeLimit);
        }
        if (in.available() == 0) {
            beforeBlocking.run(last == '\n' || last == '\r');
        }
        int n = in.read(bytes, offset, length);
        if (n > 0) {
            read += n;
            last = bytes[offset + n - 1];
            if (read > maxBytes) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body_too_large",
                        "the request body is over the limit of " + maxBytes + " bytes");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    @Override
    public void close() {
        // The container owns the request's stream.
    }
}
