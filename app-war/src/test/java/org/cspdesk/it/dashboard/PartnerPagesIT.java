package org.cspdesk.it.dashboard;

import io.restassured.path.json.JsonPath;
import org.cspdesk.it.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The partner's own pages: Reports, the Price list and Purchase notifications. */
class PartnerPagesIT extends BrowserTest {

    @AfterEach
    void backToListPricesAndNoWebhook() {
        as("AdminAgent").body(Map.of("markupPercent", 0, "overrides", List.of())).put("/v1/pricelist")
                .then().statusCode(200);
        as("AdminAgent").delete("/v1/notifications/purchaseWebhook");
    }

    @Test
    void reportsShowActivityByDayAsAChartOfSucceededAndFailed() {
        String customer = Fixtures.eligibleCustomer(unique("Reported"));
        as("SalesAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(403);
        openAs("AdminAgent", "/reports");
        pageChecked("page-reports", "the activity report by day");
        WebElement chart = waitFor(By.cssSelector("#activity-chart svg"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.findElements(By.cssSelector("rect.succeeded"))).isNotEmpty();
        assertThat(chart.findElements(By.cssSelector("rect.failed"))).isNotEmpty();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath byDay = as("AdminAgent").get("/v1/reports/activity?groupBy=day&startDate=" + LocalDate.now(ZoneOffset.UTC).minusDays(30)
                + "&endDate=" + today).then().statusCode(200).extract().jsonPath();
        long failed = byDay.getList("groups.failed", Long.class).stream().mapToLong(Long::longValue).sum();
        assertThat(waitFor(By.cssSelector("#report-table tfoot")).getText()).contains(String.format(java.util.Locale.UK, "%,d", failed));
        screenshot("reports");

        new Select(labelled("Report")).selectByValue("operationType");
        button("Show").click();
        waitUntil(() -> browser.getCurrentUrl().contains("view=operationType"));
        pageChecked("page-reports", "the activity report by operation type");
        assertThat(waitFor(By.id("report-table")).getText()).contains("Create Customer Purchase Permissions");
    }

    @Test
    void theSelfServeReportShowsItsTotalsOverEveryCustomer() {
        Fixtures.eligibleCustomer(unique("Self Serve Report"));
        openAs("GlobalAdmin", "/reports?view=selfServe");
        pageChecked("page-reports", "the self-serve report");
        JsonPath totals = as("AdminAgent").get("/v1/reports/selfServe/totals?startDate="
                + LocalDate.now(ZoneOffset.UTC).minusDays(30) + "&endDate=" + LocalDate.now(ZoneOffset.UTC))
                .then().statusCode(200).extract().jsonPath();
        assertThat(waitFor(By.id("self-serve-totals")).getText())
                .contains(String.format(java.util.Locale.UK, "%,d", totals.getLong("customers")))
                .contains("Allowed to purchase");
        assertThat(browser.findElements(By.cssSelector("#self-serve-report tr[data-customer]"))).isNotEmpty();
    }

    @Test
    void aBillingAdminChangesTheMarkupAndTheCustomersPriceFollows() {
        openAs("BillingAdmin", "/price-list");
        pageChecked("page-price-list", "the price list");
        WebElement markup = labelled("Markup on the list price (%)");
        markup.clear();
        markup.sendKeys("20");
        button("Save").click();
        waitUntil(() -> text().contains("The price list is saved"));
        assertThat(new java.math.BigDecimal(as("AdminAgent").get("/v1/pricelist").then().statusCode(200)
                .extract().jsonPath().getString("markupPercent"))).isEqualByComparingTo("20");
        WebElement d2s = waitFor(By.cssSelector("tr[data-sku='DZH318Z0BQ3S:0001'][data-term=P1Y]"));
        assertThat(d2s.getText()).contains("Standard_D2s_v5");
        screenshot("price-list");
    }

    @Test
    void aSalesAgentReadsThePriceListButCannotChangeIt() {
        openAs("SalesAgent", "/price-list");
        page("page-price-list");
        assertThat(text()).contains("Read only for your role");
        assertThat(labelled("Markup on the list price (%)").isEnabled()).isFalse();
        assertThat(browser.findElements(By.xpath("//button[normalize-space(.)='Save']"))).isEmpty();
    }

    @Test
    void anAdminAgentSetsThePurchaseWebhook() {
        openAs("AdminAgent", "/notifications");
        pageChecked("page-notifications", "Purchase notifications");
        labelled("Address (https)").sendKeys("https://hooks.example.invalid/cspdesk");
        labelled("Signing secret").sendKeys("a-secret-of-twenty-chars");
        button("Save").click();
        waitUntil(() -> text().contains("The webhook is saved"));
        as("AdminAgent").get("/v1/notifications/purchaseWebhook").then().statusCode(200)
                .body("url", equalTo("https://hooks.example.invalid/cspdesk")).body("secretSet", equalTo(true));
        assertAccessible("Purchase notifications with a webhook");
    }
}
