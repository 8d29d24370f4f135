package io.github.hubpolicy.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 client on one kept-alive loopback connection, as a Python
 * {@code http.client} or a Node agent with keep-alive talks to a sidecar: it costs the load test
 * little CPU, so that on a small machine the figures are the server's rather than the client's
 * (java.net.http.HttpClient spends several times the server's own time per request here).
 * Not thread-safe: one per client thread.
 */
final class KeepAliveClient implements AutoCloseable {
    private final int port;
    private final String host;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveClient(int port) {
        this.port = port;
        this.host = "127.0.0.1:" + port;
    }

    /**
     * POSTs the body and returns the response body; throws unless the status is 200. Reconnects
     * when the server has said {@code Connection: close} (Tomcat does after 100 requests).
     */
    byte[] post(String path, String contentType, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }
        out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String status = line();
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            close |= lower.startsWith("connection:") && lower.contains("close");
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                response.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length >= 0) {
            response.write(in.readNBytes((int) length));
        } else {
            throw new IOException("a response without a length: " + status);
        }
        if (close) {
            close();
        }
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IOException(status + ": " + response.toString(StandardCharsets.UTF_8));
        }
        return response.toByteArray();
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                int last = line.length() - 1;
                return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
            }
            line.append((char) b);
        }
        throw new IOException("the server closed the connection");
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
