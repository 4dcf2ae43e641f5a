package org.cspdesk.it.dashboard;

import org.cspdesk.it.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A customer's Users and Subscriptions pages and Manage (role assignments): what an Admin agent does to meet the
 * purchase prerequisites, and what a customer's own user sees.
 */
class CustomerPagesIT extends BrowserTest {

    @Test
    void anAdminAgentAddsAUserBuysAnAzurePlanAndMakesTheUserItsOwner() {
        String customer = Fixtures.newCustomer(unique("Prerequisites"));
        String domain = Fixtures.domainOf(customer);
        openAs("AdminAgent", "/customers/" + customer + "/users");
        pageChecked("page-users", "the Users page");
        button("Add user").click();
        labelled("User name").sendKeys("ada");
        labelled("First name").sendKeys("Ada");
        labelled("Last name").sendKeys("Lovelace");
        waitFor(By.cssSelector("#add-user button[type=submit]")).click();
        waitUntil(() -> text().contains("ada@" + domain));
        assertThat(waitFor(By.cssSelector("tr[data-user]")).getText()).contains("Ada Lovelace");

        link("Subscriptions").click();
        pageChecked("page-subscriptions", "the Subscriptions page, none yet");
        button("Buy a subscription").click();
        new Select(labelled("Offer")).selectByValue(Fixtures.AZURE_PLAN);
        labelled("Name (optional)").sendKeys("Production");
        button("Buy").click();
        WebElement plan = waitFor(By.cssSelector("tr[data-subscription]"));
        assertThat(plan.getText()).contains("Production").contains("Active").contains("Usage-based");
        screenshot("subscriptions");

        link("Manage role assignments of Production").click();
        pageChecked("page-role-assignments", "Manage role assignments");
        button("Assign a role").click();
        new Select(labelled("User")).selectByVisibleText("ada@" + domain);
        new Select(labelled("Role")).selectByValue("Owner");
        button("Assign").click();
        WebElement assignment = waitFor(By.cssSelector("tr[data-role=Owner]"));
        assertThat(assignment.getText()).contains("ada@" + domain).contains("Owner");
        assertAccessible("the role assignments with one Owner");

        open("/customers/" + customer + "/account");
        signIn("AdminAgent");
        page("page-account");
        assertThat(waitFor(By.id("switch-azure-reservations")).isEnabled()).isTrue();
        assertThat(text()).contains("The prerequisites are met");
    }

    @Test
    void theUsersPageShowsOnePageAtATimeWhateverTheCustomersSize() {
        String customer = Fixtures.newCustomer(unique("Many Users"));
        for (int i = 0; i < 52; i++) {
            Fixtures.newUser(customer, String.format("user%02d", i));
        }
        openAs("HelpDeskAgent", "/customers/" + customer + "/users");
        pageChecked("page-users", "the Users page of a customer with 52 users");
        assertThat(browser.findElements(By.cssSelector("tr[data-user]"))).hasSize(50);
        button("Next page").click();
        waitUntil(() -> browser.getCurrentUrl().contains("page="));
        page("page-users");
        assertThat(browser.findElements(By.cssSelector("tr[data-user]"))).hasSize(2);
        assertThat(lastRenderCalls("page-users")).isLessThanOrEqualTo(2);
    }

    @Test
    void aSubscriptionIsSuspendedAndActivatedAgain() {
        String customer = Fixtures.newCustomer(unique("Suspends"));
        String plan = Fixtures.newAzurePlan(customer);
        openAs("SalesAgent", "/customers/" + customer + "/subscriptions");
        page("page-subscriptions");
        labelled("Suspend Test " + Fixtures.AZURE_PLAN).click();
        waitFor(By.cssSelector("dialog[open] button[data-confirm]")).click();
        waitUntil(() -> "suspended".equals(browser.findElement(By.cssSelector("tr[data-subscription]")).getAttribute("data-status")));
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions/" + plan).then().statusCode(200)
                .body("status", equalTo("suspended"));
        labelled("Activate Test " + Fixtures.AZURE_PLAN).click();
        waitFor(By.cssSelector("dialog[open] button[data-confirm]")).click();
        waitUntil(() -> "active".equals(browser.findElement(By.cssSelector("tr[data-subscription]")).getAttribute("data-status")));
    }

    @Test
    void aHelpDeskAgentSeesUsersAndRoleAssignmentsReadOnly() {
        String customer = Fixtures.eligibleCustomer(unique("Read Only"));
        openAs("HelpDeskAgent", "/customers/" + customer + "/users");
        page("page-users");
        assertThat(browser.findElements(By.xpath("//button[normalize-space(.)='Add user' or normalize-space(.)='Remove']"))).isEmpty();
        link("Subscriptions").click();
        page("page-subscriptions");
        link("Manage role assignments of Test " + Fixtures.AZURE_PLAN).click();
        page("page-role-assignments");
        assertThat(text()).contains("Read only for your role.");
        assertThat(browser.findElements(By.id("assign-role"))).isEmpty();
    }

    @Test
    void aCustomerUserSeesItsSubscriptionsAndItsOwnRoles() {
        String company = unique("Own View");
        String customer = Fixtures.eligibleCustomer(company);
        String owner = "owner@" + Fixtures.domainOf(customer);
        openAsCustomerUser("/customers/" + customer + "/subscriptions", company, owner);
        pageChecked("page-subscriptions", "the Subscriptions page of a customer");
        WebElement plan = waitFor(By.cssSelector("tr[data-subscription]"));
        assertThat(plan.getText()).contains("Owner");
        assertThat(browser.findElements(By.xpath("//button[normalize-space(.)='Buy a subscription']"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//nav//a[normalize-space(.)='Users']"))).as("not a customer's page").isEmpty();
        screenshot("subscriptions-customer");
    }
}
