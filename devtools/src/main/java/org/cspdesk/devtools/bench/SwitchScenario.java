package org.cspdesk.devtools.bench;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Admin agents flip the Account page's switch of the eligible customers: each client owns every
 * {@code clients}-th customer and walks through them, turning the switch on in its first pass, off in the
 * next, and so on. Each flip checks the prerequisites, writes or deletes the policy and appends an
 * activity-log record in one transaction.
 */
final class SwitchScenario implements Scenario {
    private final String baseUrl;
    private final String token;
    private final int clients;
    private final int perClient;

    SwitchScenario(String baseUrl, String adminToken, int clients) {
        this.baseUrl = baseUrl;
        this.token = adminToken;
        this.clients = clients;
        this.perClient = Profile.SWITCH_CUSTOMERS / clients;
    }

    @Override
    public String name() {
        return "switch";
    }

    @Override
    public HttpRequest request(int client, long iteration) {
        int n = 1 + client + clients * (int) (iteration % perClient);
        boolean on = (iteration / perClient) % 2 == 0;
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/customers/" + Fixture.customerId(n)
                        + "/permissions/azureReservations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"allowCustomerToPurchase\":" + on + "}"))
                .build();
    }
}
