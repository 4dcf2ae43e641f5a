package org.cspdesk.devtools.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An admin reads the first page of the activity log of one random customer over the last 30 days:
 * {@code GET /v1/auditrecords?startDate=...&filter={"field":"CustomerId",...}} (default page size, 100).
 */
final class AuditQueryScenario implements Scenario {
    private static final Duration WINDOW = Duration.ofDays(30);

    private final String baseUrl;
    private final String token;

    AuditQueryScenario(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl;
        this.token = adminToken;
    }

    @Override
    public String name() {
        return "audit-query";
    }

    @Override
    public HttpRequest request(int client, long iteration) {
        int n = 1 + ThreadLocalRandom.current().nextInt(Fixture.CUSTOMERS);
        String filter = "{\"field\":\"CustomerId\",\"value\":\"" + Fixture.customerId(n) + "\",\"operator\":\"equals\"}";
        String start = Instant.now().minus(WINDOW).truncatedTo(ChronoUnit.SECONDS).toString();
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/auditrecords?startDate=" + start
                        + "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .build();
    }
}
