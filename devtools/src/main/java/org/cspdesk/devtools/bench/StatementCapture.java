package org.cspdesk.devtools.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;

/**
 * {@code ./cspdesk bench --statements}: prints the SQL that one real request of each write scenario issues,
 * read from the PostgreSQL log with {@code log_statement = all}. The pgbench scripts in
 * {@code devtools/pgbench} are written from this output; run it again when the application's SQL changes.
 */
final class StatementCapture {
    /** The purchase-notification sender polls every 2 s; a capture that caught its poll is taken again. */
    private static final String OUTBOX_POLL = "reservations.purchase_notification n set next_attempt_at";

    private final BenchOptions options;
    private final HttpClient http = LoadGenerator.httpClient();

    private StatementCapture(BenchOptions options) {
        this.options = options;
    }

    static void run(BenchOptions options) throws Exception {
        Files.createDirectories(options.out());
        try (ServerProcess server = ServerProcess.start(options, options.out().resolve("server.log"), List.of());
             Connection db = options.connect()) {
            Fixture.seed(db);
            new StatementCapture(options).captureAll();
        }
    }

    private void captureAll() throws Exception {
        BenchTokens tokens = new BenchTokens(options.keys());
        String admin = tokens.adminAgent();
        SwitchScenario flips = new SwitchScenario(options.baseUrl(), admin, 1);
        PurchaseScenario purchases = new PurchaseScenario(options.baseUrl(), tokens,
                List.of("DZH318Z0BQ3S:0001 P1Y"), 1);
        StatementLog.logEveryStatement(options, true);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                // Client 0's iteration i flips customer i + 1 on; iteration i + SWITCH_CUSTOMERS flips it off.
                String on = capture(flips.request(0, attempt));
                String off = capture(flips.request(0, attempt + Profile.SWITCH_CUSTOMERS));
                if (!on.contains(OUTBOX_POLL) && !off.contains(OUTBOX_POLL)) {
                    print("switch, turning on: PUT /v1/customers/{id}/permissions/azureReservations {\"allowCustomerToPurchase\":true}", on);
                    print("switch, turning off: the same with false", off);
                    break;
                }
            }
            for (int attempt = 0; attempt < 5; attempt++) {
                String order = capture(purchases.request(0, attempt));
                if (!order.contains(OUTBOX_POLL)) {
                    print("purchase: POST /v1/customers/{id}/orders by the customer's Owner, with an MS-RequestId", order);
                    break;
                }
            }
        } finally {
            StatementLog.logEveryStatement(options, false);
        }
    }

    private String capture(HttpRequest request) throws Exception {
        return StatementLog.during(options, () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
        });
    }

    private static void print(String title, String log) {
        System.out.println("-- " + title);
        for (String line : log.split("\n")) {
            int at = line.indexOf("LOG:  execute ");
            int detail = line.indexOf("DETAIL:  parameters: ");
            if (at >= 0) {
                System.out.println(line.substring(line.indexOf(": ", at + 14) + 2));
            } else if (detail >= 0) {
                System.out.println("--   " + line.substring(detail + 9));
            }
        }
        System.out.println();
    }
}
