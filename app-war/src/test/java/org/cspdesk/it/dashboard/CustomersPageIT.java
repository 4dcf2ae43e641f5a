package org.cspdesk.it.dashboard;

import org.cspdesk.it.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Customers page: find a customer by the start of its name or domain, page through, add one. */
class CustomersPageIT extends BrowserTest {

    @Test
    void anAdminAgentFindsACustomerByTheStartOfItsNameAndSeesItsSwitch() {
        String prefix = unique("Findme");
        String on = Fixtures.eligibleCustomer(prefix + " Alpha");
        String off = Fixtures.newCustomer(prefix + " Beta");
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + on + "/permissions/azureReservations").then().statusCode(200);
        openAs("AdminAgent", "/customers");
        page("page-customers");
        labelled("Search customers").sendKeys(prefix);
        button("Search").click();
        waitUntil(() -> browser.getCurrentUrl().contains("q=" + prefix));
        page("page-customers");
        List<WebElement> rows = browser.findElements(By.cssSelector("page-customers tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains(prefix + " Alpha").contains(on).contains("On");
        assertThat(rows.get(1).getText()).contains(prefix + " Beta").contains(off).contains("Off");
        assertAccessible("the Customers page");
        assertThat(lastRenderCalls("page-customers")).isLessThanOrEqualTo(2);

        // The filter is in the address: a reload shows the same list.
        browser.navigate().refresh();
        signIn("AdminAgent");
        page("page-customers");
        assertThat(browser.findElements(By.cssSelector("page-customers tbody tr"))).hasSize(2);

        link(prefix + " Alpha").click();
        page("page-account");
        assertThat(browser.getCurrentUrl()).endsWith("/customers/" + on + "/account");
        browser.navigate().back();
        page("page-customers");
        assertThat(browser.getCurrentUrl()).contains("q=" + prefix);
    }

    @Test
    void customersArePagedByKeyset() {
        String prefix = unique("Paged");
        for (int i = 0; i < 27; i++) {
            Fixtures.newCustomer(prefix + String.format(" %02d", i));
        }
        openAs("HelpDeskAgent", "/customers?q=" + prefix);
        page("page-customers");
        assertThat(browser.findElements(By.cssSelector("page-customers tbody tr"))).hasSize(25);
        assertThat(browser.findElements(By.xpath("//button[normalize-space(.)='Add customer']")))
                .as("a help desk agent does not add customers").isEmpty();
        button("Next page").click();
        waitUntil(() -> browser.findElements(By.cssSelector("page-customers tbody tr")).size() == 2);
        assertThat(text()).contains(prefix + " 25").contains(prefix + " 26");
        button("First page").click();
        waitUntil(() -> browser.findElements(By.cssSelector("page-customers tbody tr")).size() == 25);
    }

    @Test
    void anAdminAgentAddsACustomerAndADuplicateDomainIsExplained() {
        String domain = unique("added") + ".onmicrosoft.com";
        openAs("AdminAgent", "/customers");
        page("page-customers");
        button("Add customer").click();
        fill(domain, "Added " + domain);
        button("Create customer").click();
        page("page-account");
        assertThat(text()).contains("Added " + domain).contains(domain);
        screenshot("customers-added");

        browser.get(baseUrl() + "/customers");
        signIn("AdminAgent");
        page("page-customers");
        button("Add customer").click();
        fill(domain, "Again");
        button("Create customer").click();
        WebElement problem = waitFor(By.cssSelector("#add-customer [role=alert]"));
        assertThat(problem.getText()).contains("Correlation id for support");
        assertThat(problem.getText()).doesNotContain("HTTP 409");
        screenshot("customers");
    }

    private static void fill(String domain, String company) {
        labelled("Company name").sendKeys(company);
        labelled("Domain").sendKeys(domain);
        labelled("Billing contact's first name").sendKeys("Ada");
        labelled("Billing contact's last name").sendKeys("Lovelace");
        labelled("Billing email").sendKeys("billing@" + domain);
        labelled("Address").sendKeys("1 Way");
        labelled("City").sendKeys("Redmond");
        labelled("Postal code").sendKeys("98052");
        labelled("Country").sendKeys("US");
    }
}
