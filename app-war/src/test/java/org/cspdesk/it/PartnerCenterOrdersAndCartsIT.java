package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.GPU_SEA;
import static org.cspdesk.it.Reservations.amount;
import static org.cspdesk.it.Reservations.cart;
import static org.cspdesk.it.Reservations.cartLine;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 14, item 4: reservations bought as Partner Center buys them (carts: Create a cart, Get cart by ID,
 * Update a cart, Checkout a cart) and orders read and written in Partner Center's shape (the SDKs' Cart,
 * CartLineItem, CartCheckoutResult, Order, OrderLineItem), under every rule of who may buy. The requests are
 * written as the Partner Center SDKs send them: member names, casing and enum spellings of their models.
 */
class PartnerCenterOrdersAndCartsIT extends IntegrationTest {

    @AfterEach
    void backToListPrices() {
        Reservations.listPrices();
    }

    @Test
    void aCustomerUserBuysAReservationThroughACartCheckout() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cart Buyer");
        String carts = "/v1/customers/" + customer.id() + "/carts";
        Response created = customer.owner().body(cart(cartLine(D2S_EASTUS, 2, "P1Y", "one_time", customer.plan(),
                "shared"))).post(carts);
        created.then().statusCode(201).body("status", equalTo("Active"))
                .body("lineItems[0].id", equalTo(0)).body("lineItems[0].catalogItemId", equalTo(D2S_EASTUS + ":P1Y"))
                .body("lineItems[0].billingCycle", equalTo("one_time")).body("lineItems[0].orderGroup", equalTo("0"))
                .body("lineItems[0].provisioningContext.duration", equalTo("1Year"))
                .body("lineItems[0].provisioningContext.scope", equalTo("shared"))
                .body("attributes.objectType", equalTo("Cart"));
        JsonPath cart = created.jsonPath();
        String cartId = cart.getString("id");
        OffsetDateTime creation = OffsetDateTime.parse(cart.getString("creationTimestamp"));
        assertThat(OffsetDateTime.parse(cart.getString("expirationTimestamp"))).isEqualTo(creation.plusDays(7));
        customer.owner().get(carts + "/" + cartId).then().statusCode(200).body("id", equalTo(cartId));

        JsonPath result = customer.owner().post(carts + "/" + cartId + "/checkout").then().statusCode(201)
                .body("attributes.objectType", equalTo("CartCheckoutResult")).body("orderErrors", hasSize(0))
                .body("orders", hasSize(1)).extract().jsonPath();
        BigDecimal unit = Reservations.customerPrice(D2S_EASTUS, "P1Y");
        assertThat(result.getString("orders[0].lineItems[0].offerId")).isEqualTo(D2S_EASTUS + ":P1Y");
        assertThat(amount(result.get("orders[0].lineItems[0].unitPrice"))).isEqualByComparingTo(unit);
        assertThat(amount(result.get("orders[0].totalPrice"))).isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(2)));
        assertThat(result.getString("orders[0].billedTo")).isEqualTo("partner");
        assertThat(result.getString("orders[0].purchasedBy.operatorType")).isEqualTo("customer");
        customer.owner().get(carts + "/" + cartId).then().statusCode(200).body("status", equalTo("Ordered"));
        customer.owner().get("/v1/customers/" + customer.id() + "/reservations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].scope", equalTo("shared"));

        List<Map<String, Object>> records = AuditLog.of(customer.id());
        assertThat(records.get(0)).containsEntry("operationType", "create_order").containsEntry("resourceType", "order")
                .containsEntry("operatorType", "customer").containsEntry("operationStatus", "succeeded")
                .containsEntry("userPrincipalName", customer.ownerUpn());
        assertThat(records.get(1)).containsEntry("operationType", "create_cart").containsEntry("resourceType", "cart")
                .containsEntry("resourceName", cartId).containsEntry("operationStatus", "succeeded");
    }

    @Test
    void aCheckedOutCartCannotBeCheckedOutTwice() throws Exception {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Twice Checkout");
        String carts = "/v1/customers/" + customer.id() + "/carts";
        String cartId = newCart(customer);
        String first = customer.owner().post(carts + "/" + cartId + "/checkout").then().statusCode(201)
                .extract().path("orders[0].id");
        // Partner Center's checkout, called again, repeats what the first one answered and buys nothing.
        customer.owner().post(carts + "/" + cartId + "/checkout").then().statusCode(200)
                .body("orders[0].id", equalTo(first)).body("orders", hasSize(1));
        customer.owner().body(cart(cartLine(D2S_EASTUS, 5, "P1Y", "one_time", customer.plan(), "single")))
                .put(carts + "/" + cartId).then().statusCode(409).body("cspdeskCode", equalTo("cart_already_ordered"));

        // Two checkouts of one new cart at the same instant: the database lets one of them order.
        String raced = newCart(customer);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> customer.owner().post(carts + "/" + raced + "/checkout")
                    .statusCode(), () -> customer.owner().post(carts + "/" + raced + "/checkout").statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(both)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        } finally {
            pool.shutdownNow();
        }
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().statusCode(200)
                .body("items", hasSize(2));
        assertThat(AuditLog.operations(customer.id(), "succeeded").stream().filter("create_order"::equals).count())
                .as("the Azure plan's order and the two carts' orders").isEqualTo(3);
    }

    @Test
    void aCheckoutRetriedWithTheSameRequestIdActsOnce() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Retried Checkout");
        String path = "/v1/customers/" + customer.id() + "/carts/" + newCart(customer) + "/checkout";
        String requestId = UUID.randomUUID().toString();
        String first = customer.owner().header("MS-RequestId", requestId).post(path).then().statusCode(201)
                .extract().asString();
        // The platform's MS-RequestId filter answers the first answer again (201, not the 200 of a new checkout).
        String again = customer.owner().header("MS-RequestId", requestId).post(path).then().statusCode(201)
                .extract().asString();
        assertThat(again).isEqualTo(first);
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().body("items", hasSize(1));
        assertThat(AuditLog.operations(customer.id(), "succeeded").stream().filter("create_order"::equals).count())
                .as("the Azure plan's order and the cart's").isEqualTo(2);
    }

    @Test
    void anOrderReadsInPartnerCentersShapeWithNumericPrices() {
        // 1234.50 has a trailing zero that a double would lose on the way: the JSON number is written exactly.
        as("AdminAgent").body(Map.of("markupPercent", 0, "overrides", List.of(Map.of("skuId", GPU_SEA, "term", "P1Y",
                "unitPrice", new BigDecimal("1234.50"))))).put("/v1/pricelist").then().statusCode(200);
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Order Shape");
        // As the Java SDK serializes its Order: totalPrice 0.0 and its spelling 'tranactionType' come along.
        Map<String, Object> body = new HashMap<>(Reservations.order("one_time", Reservations.line(GPU_SEA, 2, "P1Y",
                Map.of("subscriptionId", customer.plan(), "scope", "single", "duration", "1Year", "autoRenew", "true"))));
        body.put("referenceCustomerId", customer.id());
        body.put("totalPrice", 0.0);
        body.put("attributes", Map.of("objectType", "Order"));
        Response placed = as("AdminAgent").body(body).post("/v1/customers/" + customer.id() + "/orders");
        placed.then().statusCode(201);
        assertThat(placed.asString()).contains("\"unitPrice\":1234.50").contains("\"totalPrice\":2469.00");
        String orderId = placed.path("id");

        for (String read : List.of("/v1/customers/" + customer.id() + "/orders/" + orderId,
                "/v1/customers/" + customer.id() + "/orders")) {
            String raw = as("AdminAgent").get(read).then().statusCode(200).extract().asString();
            assertThat(raw).contains("\"unitPrice\":1234.50").contains("\"totalPrice\":2469.00");
        }
        as("AdminAgent").get("/v1/customers/" + customer.id() + "/orders/" + orderId).then().statusCode(200)
                .body("referenceCustomerId", equalTo(customer.id())).body("billingCycle", equalTo("one_time"))
                .body("currencyCode", equalTo("USD")).body("status", equalTo("completed"))
                .body("attributes.objectType", equalTo("Order"))
                .body("lineItems[0].lineItemNumber", equalTo(0))
                .body("lineItems[0].offerId", equalTo(GPU_SEA + ":P1Y"))
                .body("lineItems[0].termDuration", equalTo("P1Y"))
                .body("lineItems[0].quantity", equalTo(2))
                .body("lineItems[0].provisioningContext.subscriptionId", equalTo(customer.plan()))
                .body("lineItems[0].provisioningContext.duration", equalTo("1Year"))
                .body("lineItems[0].provisioningContext.autoRenew", equalTo("true"))
                .body("links.self.uri", equalTo("/customers/" + customer.id() + "/orders/" + orderId));
    }

    @Test
    void aCheckoutWithoutTheSwitchIsRefusedAndRecorded() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cart Switch Off");
        String cartId = newCart(customer);
        Reservations.switchTo(customer.id(), false);
        String carts = "/v1/customers/" + customer.id() + "/carts/";
        customer.owner().post(carts + cartId + "/checkout").then().statusCode(403)
                .body("cspdeskCode", equalTo("purchase_not_permitted"));
        customer.owner().get(carts + cartId).then().statusCode(200).body("status", equalTo("Active"));
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().body("items", hasSize(0));
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("create_order");
    }

    @Test
    void aCheckoutByAUserWithoutOwnerOrOnAnIneligibleSubscriptionIsRefused() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cart No Owner");
        String stranger = "nobody@" + Fixtures.domainOf(customer.id());
        Fixtures.newUser(customer.id(), "nobody");
        String carts = "/v1/customers/" + customer.id() + "/carts";
        String cartId = asCustomerUser(customer.id(), stranger).body(cart(cartLine(D2S_EASTUS, 1, "P1Y", "monthly",
                customer.plan(), "single"))).post(carts).then().statusCode(201).extract().path("id");
        asCustomerUser(customer.id(), stranger).post(carts + "/" + cartId + "/checkout").then().statusCode(403)
                .body("cspdeskCode", equalTo("owner_role_required"));
        String elsewhere = customer.owner().body(cart(cartLine(D2S_EASTUS, 1, "P1Y", "monthly",
                UUID.randomUUID().toString(), "single"))).post(carts).then().statusCode(201).extract().path("id");
        customer.owner().post(carts + "/" + elsewhere + "/checkout").then().statusCode(409)
                .body("cspdeskCode", equalTo("subscription_not_eligible"));
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().body("items", hasSize(0));
    }

    @Test
    void aCartUpdateReplacesItsLinesHonoursItsEtagAndIsRecorded() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cart Update");
        String path = "/v1/customers/" + customer.id() + "/carts/" + newCart(customer);
        // As Partner Center's SDKs update a cart: get it, change a line, put the whole cart back.
        Response read = customer.owner().get(path);
        Map<String, Object> whole = read.jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Object> line = new HashMap<>(((List<Map<String, Object>>) whole.get("lineItems")).get(0));
        line.put("quantity", 3);
        Map<String, Object> changed = new HashMap<>(whole);
        changed.put("lineItems", List.of(line, cartLine(GPU_SEA, 1, "P3Y", "monthly", customer.plan(), "shared")));
        String etag = customer.owner().body(changed).put(path).then().statusCode(200)
                .body("lineItems", hasSize(2)).body("lineItems[0].quantity", equalTo(3))
                .body("lineItems[1].catalogItemId", equalTo(GPU_SEA + ":P3Y"))
                .body("lineItems[1].orderGroup", equalTo("1"))
                .body("expirationTimestamp", equalTo(read.path("expirationTimestamp")))
                .extract().header("ETag");
        assertThat(etag).isNotEqualTo(read.header("ETag"));
        customer.owner().header("If-Match", read.header("ETag")).body(changed).put(path).then().statusCode(412);

        // Two billing cycles, two of Partner Center's order groups: two orders.
        customer.owner().post(path + "/checkout").then().statusCode(201).body("orders", hasSize(2))
                .body("orders[0].billingCycle", equalTo("one_time")).body("orders[1].billingCycle", equalTo("monthly"));
        assertThat(AuditLog.operations(customer.id(), "succeeded")).containsSubsequence("create_cart", "update_cart",
                "create_order", "create_order");
        assertThat(AuditLog.operations(customer.id(), "failed")).containsExactly("update_cart");
    }

    @Test
    void anExpiredCartIsGoneAndCannotBeCheckedOut() {
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cart Expired");
        String cartId = newCart(customer);
        Database.asOwner("update reservations.cart set expiration_timestamp = now() - interval '1 second'"
                + " where id = '" + cartId + "'");
        String path = "/v1/customers/" + customer.id() + "/carts/" + cartId;
        customer.owner().get(path).then().statusCode(404).body("cspdeskCode", equalTo("cart_not_found"));
        customer.owner().post(path + "/checkout").then().statusCode(404).body("cspdeskCode", equalTo("cart_not_found"));
        customer.owner().get("/v1/customers/" + customer.id() + "/orders").then().body("items", hasSize(0));
    }

    @Test
    void catalogItemIdsAreTheCatalogsSkuAndTermAndMustAgreeWithTheDuration() {
        as("AdminAgent").get("/v1/products/reservations?armRegionName=eastus&term=P3Y").then().statusCode(200)
                .body("items.catalogItemId", org.hamcrest.Matchers.hasItem(D2S_EASTUS + ":P3Y"));
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Cart Ids");
        String carts = "/v1/customers/" + customer.id() + "/carts";
        customer.owner().body(cart(Map.of("catalogItemId", D2S_EASTUS, "quantity", 1, "provisioningContext",
                Map.of("subscriptionId", customer.plan())))).post(carts).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_catalog_item_id"));
        customer.owner().body(cart(Map.of("catalogItemId", D2S_EASTUS + ":P1Y", "quantity", 1, "provisioningContext",
                Map.of("subscriptionId", customer.plan(), "duration", "3Years")))).post(carts).then().statusCode(400)
                .body("cspdeskCode", equalTo("term_mismatch"));
        customer.owner().body(cart(Map.of("catalogItemId", "NOPE:0001:P1Y", "quantity", 1, "provisioningContext",
                Map.of("subscriptionId", customer.plan())))).post(carts).then().statusCode(400)
                .body("cspdeskCode", equalTo("unknown_sku"));
        customer.owner().body(cart(Map.of("catalogItemId", D2S_EASTUS + ":P1Y", "quantity", 1, "billingCycle", "annual",
                "provisioningContext", Map.of("subscriptionId", customer.plan())))).post(carts).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_value"));
    }

    private static String newCart(Reservations.SelfServeCustomer customer) {
        return customer.owner().body(cart(cartLine(D2S_EASTUS, 1, "P1Y", "one_time", customer.plan(), "single")))
                .post("/v1/customers/" + customer.id() + "/carts").then().statusCode(201).extract().path("id");
    }
}
