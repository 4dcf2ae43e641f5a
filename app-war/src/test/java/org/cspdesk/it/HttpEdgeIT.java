package org.cspdesk.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer is ours (issue 13, item 9): what the container, Grizzly or Jersey would answer in their own
 * way is a problem+json of ours, and what Grizzly refuses before any of our code runs is refused at once, with
 * the connection closed (docs/adr/0013-http-edge.md). Raw sockets, each read bounded by {@link RawHttp#PROMPT}.
 */
class HttpEdgeIT extends IntegrationTest {
    private static final Duration PROMPT = RawHttp.PROMPT;

    private static String token() {
        return Tokens.mint("AdminAgent", "admin@partner.cspdesk.dev", PARTNER_TENANT);
    }

    private static String get(String method, String target, String... headers) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    @Test
    void aTraceRequestIsAProblemNotAnEcho() throws IOException {
        String secret = "Authorization: Bearer " + token();
        String cookie = "Cookie: cspdesk_session=secret-refresh";
        for (String target : new String[]{"/health/ready", "/openapi", "/", "/v1/customers", "/auth/login",
                "/auth/refresh"}) {
            RawHttp.Answer answer = RawHttp.exchange(get("TRACE", target, secret, cookie));
            assertThat(answer.status()).as(target).isEqualTo(405);
            assertThat(answer.isProblem()).as(target).isTrue();
            assertThat(answer.body()).as(target).doesNotContain("Bearer").doesNotContain("secret-refresh")
                    .doesNotContain("TRACE " + target);
            assertThat(answer.header("Allow")).as(target).isNotBlank().doesNotContain("TRACE");
            assertThat(answer.header("Connection")).as(target).isEqualTo("close");
        }
    }

    @Test
    void aBodySentWithATraceIsNotServedAsTheNextRequest() throws IOException {
        String smuggled = "GET /v1/smuggled HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String request = get("TRACE", "/v1/customers", "Content-Length: " + smuggled.length()) + smuggled;
        try (Socket socket = RawHttp.open()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String head = RawHttp.readHead(socket.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 405");
            String rest = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rest).doesNotContain("HTTP/1.1 404");
        }
    }

    @Test
    void optionsRevealsNoWadl() throws IOException {
        RawHttp.Answer options = RawHttp.exchange(get("OPTIONS", "/v1/customers"));
        assertThat(options.status()).isLessThan(300);
        assertThat(options.header("Allow")).contains("GET").contains("POST");
        assertThat(String.valueOf(options.header("Content-Type"))).doesNotContain("wadl");
        assertThat(options.body()).doesNotContainIgnoringCase("wadl").doesNotContainIgnoringCase("jersey");

        RawHttp.Answer wadl = RawHttp.exchange(get("GET", "/v1/application.wadl"));
        assertThat(wadl.status()).isEqualTo(404);
        assertThat(wadl.isProblem()).isTrue();
    }

    @Test
    void outsideTheApiOnlyReadsAreServed() throws IOException {
        // Payara's health and OpenAPI servlets answered PATCH with an HTML 501 and POST like a GET.
        for (String method : new String[]{"PATCH", "POST", "PUT", "DELETE", "PROPFIND", "BREW"}) {
            RawHttp.Answer answer = RawHttp.exchange(get(method, "/health/ready", "Content-Length: 0"));
            assertThat(answer.status()).as(method).isEqualTo(405);
            assertThat(answer.isProblem()).as(method).isTrue();
            assertThat(answer.header("Allow")).as(method).isEqualTo("GET, HEAD, OPTIONS");
        }
        assertThat(RawHttp.exchange(get("DELETE", "/openapi")).status()).isEqualTo(405);
        assertThat(RawHttp.exchange(get("OPTIONS", "/health/ready")).header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(RawHttp.exchange(get("GET", "/health/ready")).status()).isEqualTo(200);
    }

    @Test
    void theSignInTakesPostsBesideReadsAndNothingElse() throws IOException {
        // Its servlet answered PUT and DELETE with the container's HTML 405, PATCH and BREW with an HTML 501.
        for (String method : new String[]{"PATCH", "PUT", "DELETE", "PROPFIND", "BREW"}) {
            RawHttp.Answer answer = RawHttp.exchange(get(method, "/auth/refresh", "Content-Length: 0"));
            assertThat(answer.status()).as(method).isEqualTo(405);
            assertThat(answer.isProblem()).as(method).isTrue();
            assertThat(answer.header("Allow")).as(method).isEqualTo("GET, HEAD, POST, OPTIONS");
        }
        RawHttp.Answer options = RawHttp.exchange(get("OPTIONS", "/auth/refresh"));
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
        assertThat(RawHttp.exchange(get("GET", "/auth/config")).status()).isEqualTo(200);
    }

    @Test
    void anUnknownMethodOnTheApiIsAProblemWithTheResourcesAllow() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(get("BREW", "/v1/customers", "Authorization: Bearer " + token()));
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void aForeignHostHeaderNeverReachesALocation() throws IOException {
        // Host: evil.example, then an absolute request line, whose host Grizzly takes as the Host.
        for (String[] line : new String[][]{{"/v1/customers", "evil.example"}, {"http://evil.example/v1/customers", "localhost"}}) {
            String body = customerBody(unique("edge") + ".onmicrosoft.com");
            String request = "POST " + line[0] + " HTTP/1.1\r\nHost: " + line[1] + "\r\nAuthorization: Bearer " + token()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
            RawHttp.Answer created = RawHttp.exchange(request);
            assertThat(created.status()).as(line[0]).isEqualTo(201);
            assertThat(created.header("Location")).as(line[0]).doesNotContain("evil.example").startsWith("/v1/customers/");
        }
    }

    private static String customerBody(String domain) {
        return "{\"companyProfile\":{\"domain\":\"" + domain + "\",\"companyName\":\"Edge\"},"
                + "\"billingProfile\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"email\":\"ada@example.com\","
                + "\"culture\":\"en-US\",\"language\":\"en\",\"defaultAddress\":{\"country\":\"US\",\"city\":\"Redmond\","
                + "\"postalCode\":\"98052\",\"addressLine1\":\"1 Way\"}}}";
    }

    @Test
    void aMalformedBearerTokenLogsNoStackTrace() throws IOException {
        Instant start = Instant.now().minusSeconds(1);
        String signed = token();
        for (String bad : new String[]{"abc.def", "not-a-jwt", signed.substring(0, signed.length() - 4) + "AAAA"}) {
            RawHttp.Answer answer = RawHttp.exchange(get("GET", "/v1/customers", "Authorization: Bearer " + bad));
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
        }
        // The log handler writes in the request's thread, before the answer is sent: what the three refusals
        // logged is in the files now.
        String logged = loggedSince(start);
        assertThat(logged).doesNotContain("Exception trying to parse JWT").doesNotContain("ParseException")
                .doesNotContain("JWTProcessingException");
    }

    /** How java.util.logging stamps each record of the server log, e.g. [2026-12-02T14:07:49.123+0000]. */
    private static final DateTimeFormatter LOG_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /**
     * The server's log records stamped at or after {@code start}, from every file of {@code --logtofile}
     * (arquillian.xml): java.util.logging writes server.log.0 and rotates it when it grows, as it does when a
     * database outage test logs much, so records are told apart by their time, not by where they are.
     */
    private static String loggedSince(Instant start) throws IOException {
        StringBuilder logged = new StringBuilder();
        List<Path> logs;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("it.home")))) {
            logs = files.filter(f -> f.getFileName().toString().matches("server\\.log(\\.\\d+)?")).toList();
        }
        assertThat(logs).as("server logs in " + System.getProperty("it.home")).isNotEmpty();
        Pattern stamp = Pattern.compile("^\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\]");
        int stamped = 0;
        for (Path log : logs) {
            boolean recent = false;
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                Matcher at = stamp.matcher(line);
                if (at.find()) {
                    stamped++;
                    recent = !OffsetDateTime.parse(at.group(1), LOG_STAMP).toInstant().isBefore(start);
                }
                if (recent) {
                    logged.append(line).append('\n');
                }
            }
        }
        // Without this, a change of the log's format would make every search of it find nothing.
        assertThat(stamped).as("records stamped as " + LOG_STAMP + " in " + logs).isPositive();
        return logged.toString();
    }

    @Test
    void aConnectRequestDoesNotHoldAWorker() throws IOException {
        // More CONNECTs than the listener has workers (200): if each held one, the health check would queue.
        List<Socket> tunnels = new ArrayList<>();
        try {
            for (int i = 0; i < 220; i++) {
                Socket socket = RawHttp.open();
                tunnels.add(socket);
                socket.getOutputStream().write("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            for (Socket socket : tunnels) {
                assertThat(RawHttp.readHead(socket.getInputStream())).startsWith("HTTP/1.1 400");
            }
            RawHttp.Answer health = RawHttp.exchange(get("GET", "/health/live"));
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.took()).isLessThan(PROMPT);
        } finally {
            for (Socket socket : tunnels) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectRequestsConnectionIsClosedWithinTheIdleTimeout() throws IOException {
        // Grizzly keeps a CONNECT's connection as a tunnel after the answer until it has been idle for the
        // listener's timeout-seconds: 10 (preboot.asadmin), was 30.
        try (Socket socket = RawHttp.open()) {
            socket.getOutputStream().write("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(RawHttp.readHead(socket.getInputStream())).startsWith("HTTP/1.1 400");
            socket.setSoTimeout(15_000);
            assertThat(RawHttp.closedBy(socket.getInputStream())).isTrue();
        }
    }

    @Test
    void headersOver8KbAreRefusedAndTheConnectionClosed() throws IOException {
        RawHttp.Answer header = RawHttp.exchangeUntilClosed(get("GET", "/v1/customers", "X-Big: " + "a".repeat(9000)));
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.took()).isLessThan(PROMPT);
        assertThat(header.header("Connection")).isEqualTo("close");
        assertThat(header.closed()).isTrue();

        // A request line over the limit: Grizzly cannot tell its protocol, so it closes without saying so.
        RawHttp.Answer url = RawHttp.exchangeUntilClosed(get("GET", "/v1/customers?x=" + "a".repeat(9000)));
        assertThat(url.status()).isEqualTo(400);
        assertThat(url.closed()).isTrue();
    }

    @Test
    void protocolErrorsAreRefusedAtOnceAndTheConnectionClosed() throws IOException {
        // What Grizzly and Catalina refuse before any code of ours runs, as ADR 0013 lists it: bare, but prompt.
        String[] requests = {
                "GET /v1/customers HTTP/1.1\r\nHost: localhost\r\nX-A: a\u0000b\r\n\r\n",
                "GET /v1/customers HTTP/1.1\r\nHost: localhost\r\nX-A: caf\u00e9\r\n\r\n",
                get("GET", "/v1/customers/%00"),
                get("GET", "/v1/customers/%FF"),
                get("POST", "/v1/customers", "Transfer-Encoding: chunked", "Content-Type: application/json") + "zz\r\nabc\r\n0\r\n\r\n",
                get("POST", "/v1/customers", "Content-Length: 2", "Content-Length: 3") + "{}",
                "GET / HTTP/9.9\r\nHost: localhost\r\n\r\n",
        };
        for (String request : requests) {
            RawHttp.Answer answer = RawHttp.exchangeUntilClosed(request);
            assertThat(answer.status()).as(request).isBetween(400, 505);
            assertThat(answer.took()).as(request).isLessThan(PROMPT);
            assertThat(answer.closed()).as(request).isTrue();
        }
    }

    @Test
    void aGetOrDeleteWithABodyIsAProblem() throws IOException {
        for (String method : new String[]{"GET", "DELETE"}) {
            RawHttp.Answer answer = RawHttp.exchange(get(method, "/v1/customers/" + UUID.randomUUID(),
                    "Authorization: Bearer " + token(), "Content-Type: application/json", "Content-Length: 7") + "{\"a\":1}");
            assertThat(answer.status()).as(method).isEqualTo(400);
            assertThat(answer.isProblem()).as(method).isTrue();
            assertThat(answer.body()).as(method).contains("body_not_allowed");
        }
    }

    @Test
    void aMalformedContentTypeOrAcceptIsAProblem() throws IOException {
        String auth = "Authorization: Bearer " + token();
        for (String header : new String[]{"Content-Type: json", "Content-Type: ;;;", "Accept: ;;;"}) {
            RawHttp.Answer answer = RawHttp.exchange(get("POST", "/v1/customers", auth, header, "Content-Length: 2") + "{}");
            assertThat(answer.status()).as(header).isEqualTo(400);
            assertThat(answer.isProblem()).as(header).isTrue();
        }
    }

    @Test
    void anAcceptedCharsetNeverBreaksTheAnswer() throws IOException {
        for (String charset : new String[]{"ebcdic", "ISO-8859-1", "UTF-16"}) {
            RawHttp.Answer answer = RawHttp.exchange(get("GET", "/v1/customers?size=1", "Authorization: Bearer " + token(),
                    "Accept: application/json;charset=" + charset));
            assertThat(answer.status()).as(charset).isEqualTo(200);
            assertThat(answer.header("Content-Type")).as(charset).isEqualToIgnoringCase("application/json;charset=UTF-8");
            assertThat(answer.body()).as(charset).startsWith("{");
        }
    }

    @Test
    void aBodyAnnouncedBeyondTheLimitIsRefusedAndTheConnectionClosedAtOnce() throws IOException {
        // 5 MB announced, 5 bytes sent: Grizzly waited for the rest until the idle timeout.
        RawHttp.Answer answer = RawHttp.exchange((get("POST", "/v1/customers", "Authorization: Bearer " + token(),
                "Content-Type: application/json", "Content-Length: 5000000") + "{\"a\":").getBytes(StandardCharsets.ISO_8859_1),
                Duration.ofSeconds(2));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws IOException {
        RawHttp.Answer answer = RawHttp.exchange(get("GET", "/error-page"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void noAnswerNamesTheServerProduct() throws IOException {
        for (String target : new String[]{"/health/live", "/v1/customers", "/nothing"}) {
            RawHttp.Answer answer = RawHttp.exchange(get("GET", target));
            assertThat(answer.header("Server")).as(target).isNull();
            assertThat(answer.header("X-Powered-By")).as(target).isNull();
        }
    }
}
