package org.cspdesk.it.dashboard;

import org.cspdesk.it.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity log behind the gear icon (docs/rules.md rule 9): Admin agents see every change and every refused
 * attempt, filter it (the filter in the address), expand a row, download the same rows as CSV and check the
 * log's integrity.
 */
class ActivityLogPageIT extends BrowserTest {

    /** A customer with a few records of its own: added, a user, an Azure plan, an Owner. */
    private static String customerWithHistory(String company) {
        return Fixtures.eligibleCustomer(company);
    }

    private static List<String> recordIdsOnThePage() {
        return browser.findElements(By.cssSelector("tr[data-record]")).stream()
                .map(row -> row.getAttribute("data-record")).toList();
    }

    @Test
    void activityLogCsvDownloadHasTheFilteredRows() throws IOException, InterruptedException {
        String company = unique("Exported");
        String customer = customerWithHistory(company);
        openAs("AdminAgent", "/activity-log?by=customerId&value=" + customer);
        pageChecked("page-activity-log", "the activity log filtered by customer");
        List<String> shown = recordIdsOnThePage();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(4);

        // A filter chosen in the form but not shown yet does not change what is downloaded: the table's rows are.
        new Select(labelled("Filter by")).selectByValue("");
        button("Download CSV").click();
        WebElement link = new org.openqa.selenium.support.ui.WebDriverWait(browser, PATIENCE)
                .until(d -> d.findElements(By.id("csv-link")).stream().findFirst().orElse(null));
        String href = link.getAttribute("href");
        assertThat(href).contains("/v1/auditrecords.csv?").contains("signature=");

        // The link needs no Bearer token: a browser download cannot send one.
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows.get(0)).startsWith("\uFEFFid", "operationDate", "operationType");
        List<List<String>> records = rows.subList(1, rows.size());
        assertThat(records.stream().map(r -> r.get(0)).toList()).containsExactlyElementsOf(shown);
        assertThat(records).allSatisfy(r -> assertThat(r.get(5)).isEqualTo(customer));
    }

    @Test
    void aRowExpandsToItsOldAndNewValuesAndTheCorrelationId() {
        String customer = customerWithHistory(unique("Expanded"));
        openAs("AdminAgent", "/activity-log?by=customerId&value=" + customer);
        page("page-activity-log");
        WebElement row = waitFor(By.cssSelector("tr[data-operation=create_role_assignment]"));
        WebElement expand = row.findElement(By.cssSelector("button[aria-expanded]"));
        assertThat(expand.getAttribute("aria-expanded")).isEqualTo("false");
        expand.click();
        WebElement details = waitFor(By.id("record-" + row.getAttribute("data-record")));
        assertThat(details.getText()).contains("Old value").contains("New value").contains("Owner")
                .contains("Correlation id");
        assertThat(row.findElement(By.cssSelector("button[aria-expanded]")).getAttribute("aria-expanded")).isEqualTo("true");
        assertAccessible("the activity log with a row expanded");
    }

    @Test
    void aRefusedAttemptIsShownAsFailed() {
        String company = unique("Refused");
        String customer = customerWithHistory(company);
        as("SalesAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(403);
        openAs("AdminAgent", "/activity-log?by=customerId&value=" + customer);
        page("page-activity-log");
        WebElement failed = waitFor(By.cssSelector("tr[data-status=failed]"));
        assertThat(failed.getText()).contains("Create Customer Purchase Permissions").contains("Failed")
                .contains("salesagent@partner.cspdesk.dev");
    }

    @Test
    void theFilterLivesInTheAddressAndSurvivesAReload() {
        String company = unique("Filtered");
        customerWithHistory(company);
        openAs("AdminAgent", "/activity-log");
        page("page-activity-log");
        new Select(labelled("Filter by")).selectByValue("companyName");
        WebElement value = labelled("Value");
        value.sendKeys(company);
        button("Show").click();
        waitUntil(() -> browser.getCurrentUrl().contains("by=companyName"));
        page("page-activity-log");
        assertThat(browser.findElements(By.cssSelector("tr[data-record]"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains(company));
        List<String> before = recordIdsOnThePage();

        browser.navigate().refresh();
        signIn("AdminAgent");
        page("page-activity-log");
        assertThat(recordIdsOnThePage()).isEqualTo(before);
        assertThat(labelled("Value").getAttribute("value")).isEqualTo(company);
    }

    @Test
    void checkIntegrityShowsTheResult() {
        openAs("GlobalAdmin", "/activity-log");
        page("page-activity-log");
        button("Check integrity").click();
        assertThat(waitFor(By.id("integrity-result")).getText()).startsWith("Intact");
    }

    @Test
    void theGearIconOpensTheActivityLogForAdminsOnly() {
        openAs("AdminAgent", "/customers");
        page("page-customers");
        waitFor(By.id("activity-log-link")).click();
        page("page-activity-log");
        assertThat(text()).contains("Activity log");

        openAs("SalesAgent", "/customers");
        page("page-customers");
        assertThat(browser.findElements(By.id("activity-log-link"))).isEmpty();
        open("/activity-log");
        signIn("SalesAgent");
        waitUntil(() -> text().contains("This page is not available to your role."));
    }

    @Test
    void theActivityLogSpeaksSwedish() {
        String customer = customerWithHistory(unique("Logg"));
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);
        openAs("AdminAgent", "/activity-log?by=customerId&value=" + customer);
        page("page-activity-log");
        chooseLanguage("Svenska");
        waitUntil(() -> text().contains("Aktivitetslogg"));
        assertThat(waitFor(By.cssSelector("tr[data-operation=create_self_serve_policy]")).getText())
                .contains("Skapa kundinköpsbehörigheter").contains("Lyckades");
        assertAccessible("the activity log in Swedish");
        screenshot("activity-log-sv");
        chooseLanguage("English");
    }

    /** RFC 4180, enough to read the export back: quoted fields, doubled quotes, line breaks inside quotes. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
