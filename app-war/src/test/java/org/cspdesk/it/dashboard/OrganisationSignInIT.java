package org.cspdesk.it.dashboard;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.cspdesk.it.CustomerTenantOfTheProvider;
import org.cspdesk.it.Fixtures;
import org.cspdesk.it.TestIdentityProvider;
import org.cspdesk.it.TestIdentityProvider.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Signing in to the dashboard through the organisation's identity provider (Keycloak, started by the build): the
 * server runs the code flow, the page holds a CSP Desk token of minutes in memory, the session lives behind an
 * HttpOnly cookie, rotated on each refresh, ended by Sign out or by a refresh token used twice.
 */
class OrganisationSignInIT extends BrowserTest {
    private static final String SESSION_COOKIE = "cspdesk_session";

    /** Each test signs in afresh: no provider session, no CSP Desk session left from the test before. */
    @BeforeEach
    void forgetEverySession() {
        TestIdentityProvider.awaitReady();
        // Every cookie of the browser, the provider's single sign-on included (WebDriver's own delete reaches only the
        // cookies the page in front of it sees).
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** At the page, chooses the organisation's sign-in and signs in at the provider's own login page. */
    private static void signInAtTheProvider(User user, String path) {
        open(path);
        waitFor(By.id("signin-oidc")).click();
        waitFor(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        waitUntil(() -> browser.getCurrentUrl().startsWith(baseUrl())
                && browser.findElements(By.tagName("cspdesk-signin")).isEmpty());
    }

    /** The browser's session cookie, as the browser keeps it (scoped to /auth: no page of the dashboard sees it). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sessionCookieAsKept() {
        List<Map<String, Object>> cookies = (List<Map<String, Object>>) browser
                .executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        return cookies.stream().filter(cookie -> SESSION_COOKIE.equals(cookie.get("name"))).findFirst().orElse(null);
    }

    /** Names the customer's tenant on the sign-in page and signs in at that tenant's provider; the tenant id. */
    private static String signInAsAUserOfTheCustomerTenant(User user) {
        String tenant = CustomerTenantOfTheProvider.ensure();
        open("/");
        waitFor(By.id("signin-tenant")).sendKeys(tenant);
        browser.findElement(By.id("signin-tenant-submit")).click();
        waitFor(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("kc-login")).click();
        return tenant;
    }

    private static String sessionCookie() {
        Map<String, Object> cookie = sessionCookieAsKept();
        assertThat(cookie).as("the session cookie").isNotNull();
        assertThat(cookie).containsEntry("httpOnly", true).containsEntry("secure", true)
                .containsEntry("path", "/auth").containsEntry("sameSite", "Strict");
        return (String) cookie.get("value");
    }

    private static Response refreshWith(String refreshToken) {
        return RestAssured.given().cookie(SESSION_COOKIE, refreshToken).post("/auth/refresh");
    }

    @Test
    void adminAgentSignsInAndTurnsTheSwitchOn() {
        String company = unique("Signed In Through The Provider");
        String customer = Fixtures.eligibleCustomer(company);
        signInAtTheProvider(TestIdentityProvider.ADMIN_AGENT, "/customers/" + customer + "/account");
        assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl() + "/customers/" + customer + "/account");
        page("page-account");
        WebElement toggle = labelled(AccountPageIT.SWITCH_LABEL);
        assertThat(toggle.isEnabled()).isTrue();
        toggle.click();
        waitFor(By.cssSelector("dialog[open] button[data-confirm]")).click();
        waitUntil(() -> browser.findElement(By.id("switch-azure-reservations")).isSelected());
        assertThat(waitFor(By.id("switch-azure-reservations-state")).getText()).startsWith("On")
                .contains(TestIdentityProvider.ADMIN_AGENT.email());

        as("AdminAgent").get("/v1/customers/" + customer + "/permissions").then().statusCode(200)
                .body("azureReservations.allowCustomerToPurchase", equalTo(true));
        List<Map<String, Object>> records = as("AdminAgent").urlEncodingEnabled(true)
                .queryParam("startDate", "2020-01-01")
                .queryParam("filter", "{\"field\":\"CustomerId\",\"value\":\"" + customer + "\",\"operator\":\"equals\"}")
                .get("/v1/auditrecords").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(records.get(0)).containsEntry("operationType", "create_self_serve_policy")
                .containsEntry("operatorType", "partner")
                .containsEntry("userPrincipalName", TestIdentityProvider.ADMIN_AGENT.email());
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void salesAgentFromTheIdentityProviderCannotTurnTheSwitchOn() {
        String customer = Fixtures.eligibleCustomer(unique("Read Only Through The Provider"));
        signInAtTheProvider(TestIdentityProvider.SALES_AGENT, "/customers/" + customer + "/account");
        page("page-account");
        WebElement toggle = labelled(AccountPageIT.SWITCH_LABEL);
        assertThat(toggle.isSelected()).isFalse();
        assertThat(toggle.isEnabled()).isFalse();
        assertThat(text()).contains("You have read-only access: only an Admin agent can change customer permissions.");

        // The page's token is the sales agent's, whatever the page shows: the API refuses it the switch.
        Response refreshed = refreshWith(sessionCookie());
        refreshed.then().statusCode(200).body("role", equalTo("SalesAgent"));
        RestAssured.given().header("Authorization", "Bearer " + refreshed.path("accessToken"))
                .contentType("application/json").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations").then().statusCode(403)
                .body("cspdeskCode", equalTo("forbidden_role"));
    }

    @Test
    void aRefreshTokenUsedTwiceEndsTheSession() {
        signInAtTheProvider(TestIdentityProvider.ADMIN_AGENT, "/customers");
        page("page-customers");
        String first = sessionCookie();

        Response once = refreshWith(first);
        once.then().statusCode(200).body("tokenType", equalTo("Bearer"))
                .body("userPrincipalName", equalTo(TestIdentityProvider.ADMIN_AGENT.email()));
        String next = once.getCookie(SESSION_COOKIE);
        assertThat(next).isNotEmpty().isNotEqualTo(first);
        String accessToken = once.path("accessToken");
        RestAssured.given().header("Authorization", "Bearer " + accessToken).get("/v1/customers").then().statusCode(200);

        refreshWith(first).then().statusCode(401).body("cspdeskCode", equalTo("session_ended"));
        refreshWith(next).then().statusCode(401); // the rotated token dies with its session
        RestAssured.given().header("Authorization", "Bearer " + accessToken).get("/v1/customers").then()
                .statusCode(401).body("cspdeskCode", equalTo("session_ended"));
    }

    @Test
    void signOutRevokesTheSession() {
        signInAtTheProvider(TestIdentityProvider.ADMIN_AGENT, "/customers");
        page("page-customers");
        // A token of this session, and the browser given the refresh token that now stands for it.
        Response refreshed = refreshWith(sessionCookie());
        String accessToken = refreshed.path("accessToken");
        String current = refreshed.getCookie(SESSION_COOKIE);
        browser.executeCdpCommand("Network.setCookie", Map.of("name", SESSION_COOKIE, "value", current,
                "url", baseUrl() + "/auth/", "path", "/auth", "httpOnly", true, "secure", true, "sameSite", "Strict"));
        assertThat(sessionCookie()).isEqualTo(current);

        waitFor(By.id("sign-out")).click();
        waitFor(By.id("signin-oidc"));
        waitUntil(() -> sessionCookieAsKept() == null);
        refreshWith(current).then().statusCode(401).body("cspdeskCode", equalTo("session_ended"));
        RestAssured.given().header("Authorization", "Bearer " + accessToken).get("/v1/customers").then()
                .statusCode(401).body("cspdeskCode", equalTo("session_ended"));

        open("/customers");
        waitFor(By.id("signin-oidc")); // a reload finds no session to resume
    }

    @Test
    void aReloadResumesTheSessionWithoutSigningInAgain() {
        signInAtTheProvider(TestIdentityProvider.GLOBAL_ADMIN, "/customers");
        page("page-customers");
        open("/customers");
        page("page-customers");
        assertThat(browser.findElements(By.tagName("cspdesk-signin"))).isEmpty();
    }

    @Test
    void anUnknownUserOfACustomerTenantIsToldWhyAndGetsNoSession() {
        signInAsAUserOfTheCustomerTenant(TestIdentityProvider.UNKNOWN_USER);
        assertThat(waitFor(By.id("signin-problem")).getText())
                .contains("the partner has not added you as a user of this customer");
        assertThat(sessionCookieAsKept()).isNull();
    }

    @Test
    void aKnownUserOfACustomerTenantSignsInToItsOwnCustomer() {
        String tenant = signInAsAUserOfTheCustomerTenant(TestIdentityProvider.KNOWN_USER);
        page("page-account");
        assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl() + "/customers/" + tenant + "/account");
    }
}
