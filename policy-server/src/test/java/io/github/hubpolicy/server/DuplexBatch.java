package io.github.hubpolicy.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A batch client that sends and reads at the same time over one loopback socket (HTTP/1.1, the
 * request body chunked). java.net.http.HttpClient reads a response only after it has sent the
 * whole request body, so a batch larger than the socket buffers would deadlock it; this is what
 * a streaming client does instead.
 */
final class DuplexBatch {
    /** How the response body ended. */
    enum End {
        /** With the chunked encoding's last chunk: the server ended the batch. */
        COMPLETE,
        /** Cut off: a client must not take what it has as the whole response. */
        CUT
    }

    private DuplexBatch() {
    }

    /** Sends {@code body} to {@code /v1/decide/batch}, handing each complete response line to {@code lines}. */
    static End post(int port, InputStream body, Consumer<String> lines) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decide/batch HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> send(body, out), "h17-batch-sender");
            sender.setDaemon(true);
            sender.start();
            End end = read(new BufferedInputStream(socket.getInputStream(), 1 << 16), lines);
            sender.join(5000);
            return end;
        }
    }

    private static void send(InputStream body, OutputStream out) {
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                if (n > 0) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(buffer, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The server has stopped reading (it ended the batch, or shut down).
        }
    }

    private static End read(InputStream in, Consumer<String> lines) throws IOException {
        String status = line(in);
        if (status == null || !status.startsWith("HTTP/1.1 200")) {
            throw new IOException("unexpected status: " + status);
        }
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            chunked |= header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked");
        }
        if (!chunked) {
            throw new IOException("expected a chunked response");
        }
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                return End.CUT;
            }
            int length = Integer.parseInt(size.strip(), 16);
            if (length == 0) {
                return pending.size() == 0 ? End.COMPLETE : End.CUT;
            }
            for (int i = 0; i < length; i++) {
                int b = in.read();
                if (b < 0) {
                    return End.CUT;
                }
                if (b == '\n') {
                    lines.accept(pending.toString(StandardCharsets.UTF_8));
                    pending.reset();
                } else {
                    pending.write(b);
                }
            }
            if (line(in) == null) {
                return End.CUT;
            }
        }
    }

    /** A CRLF-ended line, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                int last = line.length() - 1;
                return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
            }
            line.append((char) b);
        }
        return null;
    }
}
