package org.cspdesk.devtools.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.ThreadLocalRandom;

/** Partner staff open a random customer's Account page: {@code GET /v1/customers/{id}/permissions}. */
final class PermissionsReadScenario implements Scenario {
    private final String baseUrl;
    private final String token;

    PermissionsReadScenario(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl;
        this.token = adminToken;
    }

    @Override
    public String name() {
        return "permissions-read";
    }

    @Override
    public HttpRequest request(int client, long iteration) {
        int n = 1 + ThreadLocalRandom.current().nextInt(Fixture.CUSTOMERS);
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/customers/" + Fixture.customerId(n) + "/permissions"))
                .header("Authorization", "Bearer " + token)
                .build();
    }
}
