package org.cspdesk.it.dashboard;

import io.restassured.path.json.JsonPath;
import org.cspdesk.it.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buying on the partner's bill and what follows (docs/rules.md rules 5-8): a customer's Owner buys a
 * reservation at the partner's price while the switch is on and sees it on its Reservations page and in its
 * order history; only the partner exchanges, cancels, renews or changes the scope, and the customer is told to
 * ask the partner.
 */
class ReservationPagesIT extends BrowserTest {
    static final String D2S_EASTUS = "DZH318Z0BQ3S:0001";

    @AfterEach
    void backToListPrices() {
        as("AdminAgent").body(Map.of("markupPercent", 0, "overrides", List.of())).put("/v1/pricelist")
                .then().statusCode(200);
    }

    /** A customer with an Azure plan, an Owner (owner@its domain) and the switch on. */
    private static String selfServeCustomer(String company) {
        String customer = Fixtures.eligibleCustomer(company);
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);
        return customer;
    }

    private static String ownerOf(String customer) {
        return "owner@" + Fixtures.domainOf(customer);
    }

    /** The partner's price and the list price of one reservation of that SKU and term, from the price list. */
    private static Map<String, BigDecimal> pricesOf(String skuId, String term) {
        List<Map<String, Object>> prices = as("AdminAgent").get("/v1/pricelist").then().statusCode(200)
                .extract().jsonPath().getList("prices");
        Map<String, Object> line = prices.stream().filter(p -> skuId.equals(p.get("skuId")) && term.equals(p.get("term")))
                .findFirst().orElseThrow();
        return Map.of("customer", amount(line.get("customerPrice")), "list", amount(line.get("listPrice")));
    }

    private static BigDecimal amount(Object money) {
        return new BigDecimal(String.valueOf(((Map<?, ?>) money).get("amount")));
    }

    /** Fills the Buy reservation form for Standard_D2s_v5 in East US, one year, and clicks Buy and confirms. */
    private static void buyD2sInEastUs(int quantity, String buyLabel) {
        select("buy-region").selectByValue("eastus");
        select("buy-sku").selectByValue("Standard_D2s_v5");
        select("buy-term").selectByValue("P1Y");
        WebElement amount = waitFor(By.id("buy-quantity"));
        amount.clear();
        amount.sendKeys(String.valueOf(quantity));
        waitFor(By.id("buy-submit")).click();
        WebElement dialog = waitFor(By.cssSelector("dialog[open]"));
        assertThat(dialog.getText()).contains(quantity + " × Standard_D2s_v5");
        assertThat(dialog.findElement(By.cssSelector("button[data-confirm]")).getText()).isEqualTo(buyLabel);
        dialog.findElement(By.cssSelector("button[data-confirm]")).click();
    }

    /** Selects by a select's id (labels change with the language). */
    private static Select select(String id) {
        return new Select(waitFor(By.id(id)));
    }

    @Test
    void customerBuysAReservationAtThePartnersPrice() {
        as("AdminAgent").body(Map.of("markupPercent", 12.5, "overrides", List.of())).put("/v1/pricelist")
                .then().statusCode(200);
        Map<String, BigDecimal> prices = pricesOf(D2S_EASTUS, "P1Y");
        assertThat(prices.get("customer")).isGreaterThan(prices.get("list"));
        String company = unique("Selfserve");
        String customer = selfServeCustomer(company);
        String owner = ownerOf(customer);

        openAsCustomerUser("/customers/" + customer + "/buy-reservation", company, owner);
        pageChecked("page-buy-reservation", "the Buy reservation page of a customer's Owner");
        select("buy-region").selectByValue("eastus");
        select("buy-sku").selectByValue("Standard_D2s_v5");
        select("buy-term").selectByValue("P1Y");
        WebElement price = waitFor(By.cssSelector("#buy-price [data-price]"));
        assertThat(new BigDecimal(price.getAttribute("data-price"))).isEqualByComparingTo(prices.get("customer"));
        assertThat(browser.findElements(By.cssSelector("[data-list-price]"))).as("the customer sees no list price").isEmpty();
        assertThat(text()).contains("Your price").doesNotContain("List price");
        screenshot("buy-reservation");
        buyD2sInEastUs(2, "Buy");

        page("page-reservations");
        assertThat(waitFor(By.id("bought")).getText()).contains("billed to your partner");
        WebElement row = waitFor(By.cssSelector("tr[data-reservation]"));
        assertThat(row.getText()).contains("Standard_D2s_v5").contains("eastus").contains("Customer").contains(owner)
                .contains("Active");
        assertAccessible("the Reservations page of a customer");
        screenshot("reservations-customer");

        JsonPath orders = as("AdminAgent").get("/v1/customers/" + customer + "/orders").then().statusCode(200)
                .extract().jsonPath();
        assertThat(orders.getList("items")).hasSize(1);
        assertThat(orders.getString("items[0].purchasedBy.operatorType")).isEqualTo("customer");
        assertThat(new BigDecimal(orders.getString("items[0].lineItems[0].unitPrice")))
                .isEqualByComparingTo(prices.get("customer"));
        assertThat(new BigDecimal(orders.getString("items[0].totalPrice")))
                .isEqualByComparingTo(prices.get("customer").multiply(BigDecimal.valueOf(2)));

        link("Order history").click();
        pageChecked("page-orders", "the order history of a customer");
        WebElement order = waitFor(By.cssSelector("tr[data-order]"));
        assertThat(order.getAttribute("data-purchased-by")).isEqualTo("customer");
        assertThat(order.getText()).contains("Customer").contains(owner).contains("2 × ");
    }

    @Test
    void thePartnerSeesTheListPriceBesideItsOwnAndBuysForTheCustomer() {
        as("AdminAgent").body(Map.of("markupPercent", 5, "overrides", List.of())).put("/v1/pricelist")
                .then().statusCode(200);
        Map<String, BigDecimal> prices = pricesOf(D2S_EASTUS, "P1Y");
        String customer = selfServeCustomer(unique("Partner Buys"));
        openAs("SalesAgent", "/customers/" + customer + "/buy-reservation");
        pageChecked("page-buy-reservation", "the Buy reservation page of a Sales agent");
        select("buy-region").selectByValue("eastus");
        select("buy-sku").selectByValue("Standard_D2s_v5");
        assertThat(new BigDecimal(waitFor(By.cssSelector("[data-list-price]")).getAttribute("data-list-price")))
                .isEqualByComparingTo(prices.get("list"));
        assertThat(new BigDecimal(waitFor(By.cssSelector("[data-price]")).getAttribute("data-price")))
                .isEqualByComparingTo(prices.get("customer"));
        buyD2sInEastUs(1, "Buy");
        page("page-reservations");
        assertThat(waitFor(By.cssSelector("tr[data-reservation]")).getText()).contains("Partner")
                .contains("salesagent@partner.cspdesk.dev");

        open("/customers/" + customer + "/orders?purchasedBy=customer");
        signIn("SalesAgent");
        page("page-orders");
        assertThat(browser.findElements(By.cssSelector("tr[data-order]"))).isEmpty();
        select("orders-purchased-by").selectByValue("partner");
        waitUntil(() -> browser.getCurrentUrl().contains("purchasedBy=partner"));
        waitUntil(() -> !browser.findElements(By.cssSelector("page-orders[data-ready] tr[data-order]")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("tr[data-order]")))
                .allSatisfy(row -> assertThat(row.getAttribute("data-purchased-by")).isEqualTo("partner"));
    }

    @Test
    void aCustomerWhoseSwitchIsOffIsToldWhyAndCannotBuy() {
        String company = unique("Not Allowed");
        String customer = Fixtures.eligibleCustomer(company);
        openAsCustomerUser("/customers/" + customer + "/buy-reservation", company, ownerOf(customer));
        pageChecked("page-buy-reservation", "the Buy reservation page with the switch off");
        assertThat(waitFor(By.id("buy-not-possible")).getText())
                .contains("Your partner has not allowed you to buy Azure reservations");
        assertThat(waitFor(By.id("buy-submit")).isEnabled()).isFalse();
    }

    @Test
    void customerCannotCancelAndIsToldToAskThePartner() {
        String company = unique("Asks Partner");
        String customer = selfServeCustomer(company);
        String owner = ownerOf(customer);
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .extract().path("items[0].id");
        asCustomerUser(customer, owner).body(Map.of("billingCycle", "one_time", "lineItems", List.of(Map.of(
                        "offerId", D2S_EASTUS + ":P1Y", "quantity", 1, "provisioningContext",
                        Map.of("subscriptionId", plan, "scope", "single")))))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(201);

        openAsCustomerUser("/customers/" + customer + "/reservations", company, owner);
        pageChecked("page-reservations", "the Reservations page of a customer");
        WebElement row = waitFor(By.cssSelector("tr[data-reservation]"));
        for (String action : List.of("Cancel", "Exchange", "Renew", "Change scope")) {
            WebElement button = row.findElement(By.xpath(".//button[normalize-space(.)=" + xpathString(action) + "]"));
            assertThat(button.isEnabled()).as(action + " is the partner's").isFalse();
        }
        assertThat(row.getText()).contains("Ask your partner: only the partner can do this.");
        assertThat(waitFor(By.id("ask-your-partner")).getText())
                .contains("To exchange, cancel or renew a reservation, or to change its scope, ask your partner");
    }

    @Test
    void thePartnerSeesTheRefundAndWhatIsLeftOfTheLimitBeforeCancelling() {
        String company = unique("Partner Cancels");
        String customer = selfServeCustomer(company);
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .extract().path("items[0].id");
        as("AdminAgent").body(Map.of("billingCycle", "one_time", "lineItems", List.of(Map.of(
                        "offerId", D2S_EASTUS + ":P1Y", "quantity", 1, "provisioningContext",
                        Map.of("subscriptionId", plan, "scope", "single")))))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(201);

        openAs("AdminAgent", "/customers/" + customer + "/reservations");
        pageChecked("page-reservations", "the Reservations page of an Admin agent");
        WebElement row = waitFor(By.cssSelector("tr[data-reservation]"));
        row.findElement(By.xpath(".//button[normalize-space(.)='Cancel']")).click();
        WebElement dialog = waitFor(By.cssSelector("dialog[open]"));
        assertThat(waitFor(By.id("cancel-refund")).getText()).contains("$");
        assertThat(waitFor(By.id("cancel-left")).getText()).contains("$50,000.00");
        assertAccessible("the cancellation's confirmation");
        screenshot("reservation-cancel");
        dialog.findElement(By.cssSelector("button[data-confirm]")).click();
        waitUntil(() -> "cancelled".equals(browser.findElement(By.cssSelector("tr[data-reservation]")).getAttribute("data-status")));
        assertThat(text()).contains("The reservation is cancelled");
    }

    /** The partner buys one Standard_D2s_v5 for the customer through the API; returns the reservation's id. */
    private static String partnerBuysOne(String customer) {
        String plan = as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions").then().statusCode(200)
                .extract().path("items[0].id");
        return as("AdminAgent").body(Map.of("billingCycle", "one_time", "lineItems", List.of(Map.of(
                        "offerId", D2S_EASTUS + ":P1Y", "quantity", 1, "provisioningContext",
                        Map.of("subscriptionId", plan, "scope", "single")))))
                .post("/v1/customers/" + customer + "/orders").then().statusCode(201)
                .extract().path("lineItems[0].reservationId");
    }

    private static WebElement rowOf(String reservation) {
        return waitFor(By.cssSelector("tr[data-reservation='" + reservation + "']"));
    }

    @Test
    void thePartnerChangesTheScopeRenewsAndExchanges() {
        String customer = selfServeCustomer(unique("Lifecycle"));
        String reservation = partnerBuysOne(customer);
        openAs("SalesAgent", "/customers/" + customer + "/reservations");
        page("page-reservations");

        rowOf(reservation).findElement(By.xpath(".//button[normalize-space(.)='Change scope']")).click();
        new Select(waitFor(By.id("scope-choice"))).selectByValue("shared");
        waitFor(By.id("dialog-confirm")).click();
        waitUntil(() -> rowOf(reservation).getText().contains("Shared"));
        as("AdminAgent").get("/v1/customers/" + customer + "/reservations/" + reservation).then().statusCode(200)
                .body("scope", org.hamcrest.Matchers.equalTo("shared"));

        rowOf(reservation).findElement(By.xpath(".//button[normalize-space(.)='Renew']")).click();
        assertThat(waitFor(By.cssSelector("dialog[open]")).getText()).contains("bought again");
        waitFor(By.id("dialog-confirm")).click();
        waitUntil(() -> text().contains("The reservation is renewed."));

        rowOf(reservation).findElement(By.xpath(".//button[normalize-space(.)='Exchange']")).click();
        new Select(waitFor(By.id("exchange-item"))).selectByValue("DZH318Z0BQ3T:0001:P1Y");
        WebElement quantity = waitFor(By.id("exchange-quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        waitFor(By.id("dialog-confirm")).click();
        waitUntil(() -> "exchanged".equals(rowOf(reservation).getAttribute("data-status")));
        assertThat(text()).contains("The reservation is exchanged.").contains("2 × Standard_D4s_v5");
    }

    @Test
    void theCustomerBuysInSwedishAndReadsItInGerman() {
        String company = unique("Flersprakig");
        String customer = selfServeCustomer(company);
        String owner = ownerOf(customer);
        openAsCustomerUser("/customers/" + customer + "/buy-reservation", company, owner);
        page("page-buy-reservation");
        chooseLanguage("Svenska");
        waitUntil(() -> text().contains("Köp reservation") && text().contains("Ditt pris"));
        buyD2sInEastUs(1, "Köp");
        page("page-reservations");
        waitUntil(() -> text().contains("Reservationen är köpt"));
        assertThat(waitFor(By.cssSelector("tr[data-reservation]")).getText()).contains("Kund").contains("Aktiv");
        assertAccessible("the Reservations page in Swedish");
        chooseLanguage("Deutsch");
        waitUntil(() -> text().contains("Reservierungen") && text().contains("Gekauft von"));
        // The frame speaks German too: the customer's menu, the banner, Sign out.
        assertThat(text()).contains("Auftragsverlauf").contains("Abmelden").doesNotContain("Orderhistorik");
        assertThat(waitFor(By.cssSelector("tr[data-reservation]")).getText()).contains("Kunde").contains("Aktiv");
        assertThat(text()).contains("wenden Sie sich an Ihren Partner");
        screenshot("reservations-de");
        chooseLanguage("English");
    }
}
