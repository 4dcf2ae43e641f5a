package org.cspdesk.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a bare socket, for requests no HTTP client would send (a NUL in a header, TRACE with a body, a
 * foreign Host). Every read has a short timeout, so a server that never answers fails the test, never hangs it.
 */
final class RawHttp {
    static final Duration PROMPT = Duration.ofSeconds(3);
    private static final int PORT = Integer.getInteger("it.http.port", 8080);

    private RawHttp() {
    }

    /** One answer on a connection of its own; then whether the server closed it within {@code closeWithin}. */
    record Answer(int status, Map<String, String> headers, String body, Duration took, boolean closed) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        boolean isProblem() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/problem+json") && body.contains("\"cspdeskCode\":");
        }
    }

    /** One exchange; {@link Answer#closed()} only tells whether the server closed within 100 ms. */
    static Answer exchange(String request) throws IOException {
        return exchange(request.getBytes(StandardCharsets.ISO_8859_1), Duration.ofMillis(100));
    }

    /** One exchange, then up to 2 s for the server to close the connection. */
    static Answer exchangeUntilClosed(String request) throws IOException {
        return exchange(request.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(2));
    }

    static Answer exchange(byte[] request, Duration closeWithin) throws IOException {
        try (Socket socket = open()) {
            long started = System.nanoTime();
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException closedWhileSending) {
                // the server may answer (413) and close before taking a large body: read what it said
            }
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String[] lines = head.split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String body = readBody(in, headers, request);
            socket.setSoTimeout((int) closeWithin.toMillis());
            return new Answer(status, headers, body, took, closedBy(in));
        }
    }

    /** What the fault corpus saw of one request: the answer, or none (closed without one), or a timeout. */
    record Attempt(Answer answer, boolean timedOut, Duration took) {
    }

    /** One exchange that never throws: a server that says nothing within {@link #PROMPT} is a timeout. */
    static Attempt attempt(byte[] request) {
        long started = System.nanoTime();
        try {
            Answer answer = exchange(request, Duration.ofMillis(1));
            return new Attempt(answer, false, answer.took());
        } catch (SocketTimeoutException e) {
            return new Attempt(null, true, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            return new Attempt(null, false, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The bytes of a request: request line, Host, the given header lines, Content-Length, Connection: close, body. */
    static byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(PORT).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + (body == null ? 0 : body.length)];
        System.arraycopy(start, 0, all, 0, start.length);
        if (body != null) {
            System.arraycopy(body, 0, all, start.length, body.length);
        }
        return all;
    }

    /** A connection with a read timeout: nothing read from it can wait longer than {@link #PROMPT}. */
    static Socket open() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", PORT), (int) PROMPT.toMillis());
        socket.setSoTimeout((int) PROMPT.toMillis());
        return socket;
    }

    /** True when the server closes the connection before the socket's timeout, false when it keeps it open. */
    static boolean closedBy(InputStream in) throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("connection closed before a complete answer: '" + head + "'");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1).trim();
    }

    private static String readBody(InputStream in, Map<String, String> headers, byte[] request) throws IOException {
        boolean head = new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1).startsWith("HEAD ");
        if (head) {
            return "";
        }
        if (headers.containsKey("content-length")) {
            return new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                in.readNBytes(2);
            }
            in.readNBytes(2);
            return body.toString(StandardCharsets.UTF_8);
        }
        return "";
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed inside a chunked answer");
            }
            line.append((char) b);
        }
        return Integer.parseInt(line.toString().trim(), 16);
    }
}
