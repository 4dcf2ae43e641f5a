package org.cspdesk.it.dashboard;

import org.cspdesk.it.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Account page's Customer permissions area (docs/rules.md rules 1-4): only an Admin agent turns the switch on,
 * only when the prerequisites hold, after confirming what it means; the activity log shows it; the page speaks
 * Swedish and German in the help page's words.
 */
class AccountPageIT extends BrowserTest {
    static final String SWITCH_LABEL = "Azure reservations — Allow customer to purchase";

    private static WebElement theSwitch() {
        return waitFor(By.id("switch-azure-reservations"));
    }

    @Test
    void adminAgentTurnsOnTheSwitchAndTheActivityLogShowsCreateCustomerPurchasePermissions() {
        String company = unique("Contoso");
        String customer = Fixtures.eligibleCustomer(company);
        openAs("AdminAgent", "/customers");
        page("page-customers");
        labelled("Search customers").sendKeys(company);
        button("Search").click();
        link(company).click();
        page("page-account");
        WebElement toggle = labelled(SWITCH_LABEL);
        assertThat(toggle.getAttribute("role")).isEqualTo("switch");
        assertThat(toggle.isSelected()).isFalse();
        assertThat(toggle.isEnabled()).isTrue();
        assertAccessible("the Account page, switch off");
        toggle.click();

        WebElement dialog = waitFor(By.cssSelector("dialog[open]"));
        assertThat(dialog.getText()).contains("billed for every reservation").contains("cannot exchange, cancel, renew");
        assertAccessible("the confirmation");
        dialog.findElement(By.cssSelector("button[data-confirm]")).click();
        waitUntil(() -> theSwitch().isSelected());
        assertThat(waitFor(By.id("switch-azure-reservations-state")).getText())
                .startsWith("On").contains("adminagent@partner.cspdesk.dev");
        screenshot("account");
        as("AdminAgent").get("/v1/customers/" + customer + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", org.hamcrest.Matchers.equalTo(true));

        link("This customer's entries in the activity log").click();
        page("page-activity-log");
        WebElement record = waitFor(By.cssSelector("tr[data-operation=create_self_serve_policy]"));
        assertThat(record.getText()).contains("Create Customer Purchase Permissions").contains(company)
                .contains("adminagent@partner.cspdesk.dev").contains("Succeeded").contains("UTC");
        assertThat(browser.findElements(By.cssSelector("tr[data-record]")))
                .allSatisfy(row -> assertThat(row.getText()).contains(company));
        assertAccessible("the activity log of one customer");
        screenshot("activity-log");
    }

    /** Presses Tab until the focused element has that id (at most 80 times); fails when it never comes. */
    private static void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard never reaches #" + id);
    }

    @Test
    void anAdminAgentSignsInAndTurnsTheSwitchOnWithTheKeyboardAlone() {
        String customer = Fixtures.eligibleCustomer(unique("Keyboard"));
        open("/customers/" + customer + "/account");
        tabTo("signin-role");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("Admin agent").perform();
        tabTo("signin-submit");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        page("page-account");
        tabTo("switch-azure-reservations");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.SPACE).perform();
        waitFor(By.cssSelector("dialog[open]"));
        assertThat(browser.switchTo().activeElement().findElement(By.xpath("ancestor::dialog")).isDisplayed())
                .as("the focus moves into the confirmation").isTrue();
        tabTo("dialog-confirm");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        waitUntil(() -> theSwitch().isSelected());
        assertThat(browser.switchTo().activeElement().getTagName()).isNotEqualTo("dialog");
    }

    @Test
    void salesAgentSeesTheSwitchReadOnly() {
        String customer = Fixtures.eligibleCustomer(unique("Fabrikam"));
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(200);
        openAs("SalesAgent", "/customers/" + customer + "/account");
        page("page-account");
        WebElement toggle = labelled(SWITCH_LABEL);
        assertThat(toggle.isSelected()).isTrue();
        assertThat(toggle.isEnabled()).isFalse();
        assertThat(text()).contains("You have read-only access: only an Admin agent can change customer permissions.");
        assertAccessible("the Account page read only");
    }

    @Test
    void theSwitchCannotBeTurnedOnWithoutAnOwnerAndThePageSaysWhy() {
        String customer = Fixtures.newCustomer(unique("Northwind"));
        Fixtures.newAzurePlan(customer);
        openAs("AdminAgent", "/customers/" + customer + "/account");
        page("page-account");
        assertThat(labelled(SWITCH_LABEL).isEnabled()).isFalse();
        assertThat(text()).contains("The switch can be turned on once the prerequisites below are met.")
                .contains("a user holding Owner on that subscription");
        WebElement owner = waitFor(By.cssSelector("li[data-check=owner_role]"));
        assertThat(owner.getAttribute("class")).isEqualTo("unmet");
        assertThat(owner.getText()).contains("Assign Owner on it to one of the customer's users");
        assertThat(waitFor(By.cssSelector("li[data-check=azure_subscription]")).getAttribute("class")).isEqualTo("met");
        screenshot("account-prerequisites");
    }

    @Test
    void anAdminAgentEditsTheBillingProfile() {
        String customer = Fixtures.newCustomer(unique("Tailspin"));
        openAs("AdminAgent", "/customers/" + customer + "/account");
        page("page-account");
        button("Edit billing profile").click();
        WebElement city = labelled("City");
        city.clear();
        city.sendKeys("Malmö");
        button("Save").click();
        waitUntil(() -> text().contains("Malmö"));
        as("AdminAgent").get("/v1/customers/" + customer).then().statusCode(200)
                .body("billingProfile.defaultAddress.city", org.hamcrest.Matchers.equalTo("Malmö"));
    }

    @Test
    void theAccountPageSpeaksSwedish() {
        String customer = Fixtures.eligibleCustomer(unique("Kund"));
        openAs("AdminAgent", "/customers/" + customer + "/account");
        page("page-account");
        chooseLanguage("Svenska");
        waitUntil(() -> text().contains("Kundbehörigheter"));
        assertThat(labelled("Azure-reservationer — Tillåt kund att köpa").getAttribute("role")).isEqualTo("switch");
        assertThat(text()).contains("Konto").contains("Faktureringsprofil").contains("Av");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertAccessible("the Account page in Swedish");
        screenshot("account-sv");
        chooseLanguage("English");
    }

    @Test
    void theAccountPageSpeaksGerman() {
        String customer = Fixtures.eligibleCustomer(unique("Kunde"));
        openAs("AdminAgent", "/customers/" + customer + "/account");
        page("page-account");
        chooseLanguage("Deutsch");
        waitUntil(() -> text().contains("Kundenberechtigungen"));
        assertThat(labelled("Azure-Reservierungen — Kauf durch Kunden gestatten").isEnabled()).isTrue();
        assertThat(text()).contains("Rechnungsprofil").contains("Aus");
        labelled("Azure-Reservierungen — Kauf durch Kunden gestatten").click();
        WebElement dialog = waitFor(By.cssSelector("dialog[open]"));
        assertThat(dialog.getText()).contains("Rechnung").contains("Aktivieren");
        dialog.findElement(By.cssSelector("button[data-confirm]")).click();
        waitUntil(() -> theSwitch().isSelected());
        assertThat(waitFor(By.id("switch-azure-reservations-state")).getText()).startsWith("An");
        screenshot("account-de");
        chooseLanguage("English");
    }

    @Test
    void theAccountPageRendersWithTwoApiCalls() {
        String customer = Fixtures.eligibleCustomer(unique("Calls"));
        openAs("HelpDeskAgent", "/customers/" + customer + "/account");
        page("page-account");
        List<Map<String, Object>> renders = renders();
        Map<String, Object> account = renders.stream().filter(r -> "page-account".equals(r.get("page")))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(((Number) account.get("calls")).intValue()).isLessThanOrEqualTo(2);
    }
}
