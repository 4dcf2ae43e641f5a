package org.cspdesk.devtools.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers' own Owners buy reservations on the partner's bill: one line item of a random catalog SKU and
 * term, quantity 1 to 3, either billing cycle, single or shared scope, on the customer's Azure plan, with
 * an {@code MS-RequestId} as a real client sends it. Each order is authorised (switch, Azure plan, Owner),
 * priced from the partner's price list and written with its reservation and activity-log record.
 */
final class PurchaseScenario implements Scenario {
    private static final String[] CYCLES = {"one_time", "monthly"};
    private static final String[] SCOPES = {"single", "shared"};

    private final String baseUrl;
    private final String[] ownerTokens;
    private final List<String> skus;
    private final int clients;
    private final int perClient;

    /** {@code skus} holds "skuId term" pairs from the catalog. */
    PurchaseScenario(String baseUrl, BenchTokens tokens, List<String> skus, int clients) {
        this.baseUrl = baseUrl;
        this.skus = skus;
        this.clients = clients;
        this.perClient = Profile.PURCHASE_CUSTOMERS / clients;
        this.ownerTokens = new String[Profile.PURCHASE_CUSTOMERS];
        for (int i = 0; i < ownerTokens.length; i++) {
            ownerTokens[i] = tokens.owner(Fixture.FIRST_PURCHASING + i);
        }
    }

    @Override
    public String name() {
        return "purchase";
    }

    @Override
    public HttpRequest request(int client, long iteration) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int i = client + clients * (int) (iteration % perClient);
        int n = Fixture.FIRST_PURCHASING + i;
        String[] sku = skus.get(random.nextInt(skus.size())).split(" ");
        // Partner Center's order body (Create an order): offerId = productId:skuId:term (docs/adr/0016)
        String body = "{\"billingCycle\":\"" + CYCLES[random.nextInt(2)] + "\",\"lineItems\":[{\"lineItemNumber\":0,"
                + "\"offerId\":\"" + sku[0] + ":" + sku[1] + "\",\"quantity\":" + (1 + random.nextInt(3))
                + ",\"termDuration\":\"" + sku[1] + "\",\"provisioningContext\":{\"subscriptionId\":\""
                + Fixture.planId(n) + "\",\"scope\":\"" + SCOPES[random.nextInt(2)] + "\",\"autoRenew\":\""
                + random.nextBoolean() + "\"}}]}";
        return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/customers/" + Fixture.customerId(n) + "/orders"))
                .header("Authorization", "Bearer " + ownerTokens[i])
                .header("Content-Type", "application/json")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
