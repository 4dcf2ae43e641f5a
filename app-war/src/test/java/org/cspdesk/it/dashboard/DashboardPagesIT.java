package org.cspdesk.it.dashboard;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * How the WAR serves the dashboard: deep links, the API's own 404s untouched, a strict Content-Security-Policy,
 * caching, the development sign-in, and the language chosen from the browser and the Language select.
 */
class DashboardPagesIT extends BrowserTest {

    @Test
    void aDeepLinkIsThePageAndTheApisNotFoundStaysAProblem() {
        RestAssured.given().accept("text/html").get("/customers/" + java.util.UUID.randomUUID() + "/reservations")
                .then().statusCode(200).contentType(startsWith("text/html")).body(containsString("<cspdesk-app>"));
        // The API never falls back to the page, whatever the client accepts.
        RestAssured.given().accept("text/html").get("/v1/no-such-resource")
                .then().statusCode(404).contentType(startsWith("application/problem+json"))
                .body("cspdeskCode", equalTo("not_found"));
        // A missing file is a 404 problem, not the page.
        RestAssured.given().accept("text/html").get("/app/no-such-module.js")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        // A client that does not ask for HTML gets the problem for an address that is no file.
        RestAssured.given().accept("application/json").get("/customers")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void thePageHasAStrictContentSecurityPolicyThatAllowsOnlyItsImportMap() throws Exception {
        Response page = RestAssured.given().accept("text/html").get("/");
        page.then().statusCode(200).header("X-Frame-Options", "DENY").header("Cache-Control", "no-cache");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        Matcher importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page.asString());
        assertThat(importMap.find()).isTrue();
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(importMap.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(policy).contains("script-src 'self' 'sha256-" + hash + "'");

        open("/");
        waitFor(By.id("signin-role"));
        assertThat(consoleErrors()).as("no script refused, no module missing").isEmpty();
    }

    @Test
    void versionedAssetsAreCachedForAYearAndThePageIsRevalidated() {
        String index = RestAssured.given().accept("text/html").get("/").asString();
        Matcher asset = Pattern.compile("/assets/(\\d+)/main\\.js").matcher(index);
        assertThat(asset.find()).isTrue();
        RestAssured.get(asset.group()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        Matcher webjar = Pattern.compile("/webjars/lit/[0-9.]+/index\\.js").matcher(index);
        assertThat(webjar.find()).isTrue();
        RestAssured.get(webjar.group()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        // Our modules asked for without the build (a stale page's import) are revalidated, never cached for long.
        RestAssured.get("/app/main.js").then().statusCode(200).header("Cache-Control", "no-cache");
        RestAssured.get("/assets/1/main.js").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void theDevelopmentSignInMintsATokenTheApiTakesLikeAnyOther() {
        anonymous().get("/v1/devsignin").then().statusCode(200).body("enabled", equalTo(true));
        String token = anonymous().body(java.util.Map.of("role", "HelpDeskAgent")).post("/v1/devsignin")
                .then().statusCode(200).body("role", equalTo("HelpDeskAgent"))
                .body("userPrincipalName", equalTo("helpdeskagent@partner.cspdesk.dev"))
                .extract().path("accessToken");
        RestAssured.given().header("Authorization", "Bearer " + token).get("/v1/customers?size=1").then().statusCode(200);
        // The role's limits hold: a help desk agent may not add a customer.
        RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(org.cspdesk.it.Fixtures.customerBody(unique("x") + ".onmicrosoft.com", "X")).post("/v1/customers")
                .then().statusCode(403);
        anonymous().body(java.util.Map.of("role", "Root")).post("/v1/devsignin").then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_value"));
        anonymous().body(java.util.Map.of("role", "CustomerUser", "customerId", java.util.UUID.randomUUID().toString(),
                "userId", java.util.UUID.randomUUID().toString())).post("/v1/devsignin").then().statusCode(404);
    }

    @Test
    void aReloadAsksToSignInAgainAndReturnsToTheSamePage() {
        String customer = org.cspdesk.it.Fixtures.newCustomer(unique("Deep Link"));
        String address = "/customers/" + customer + "/account";
        openAs("SalesAgent", address);
        page("page-account");
        assertThat(browser.getCurrentUrl()).endsWith(address);
        browser.navigate().refresh();
        signIn("SalesAgent");
        page("page-account");
        assertThat(browser.getCurrentUrl()).endsWith(address);
        button("Sign out").click();
        waitFor(By.id("signin-role"));
        assertThat(text()).contains("You are signed out.");
    }

    @Test
    void theLanguageFollowsTheBrowserAndTheLanguageSelect() {
        open("/");
        waitFor(By.id("signin-role"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(labelled("Language").getTagName()).isEqualTo("select");
        chooseLanguage("Svenska");
        waitUntil(() -> text().contains("Logga in"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(labelled("Roll").getTagName()).isEqualTo("select");
        chooseLanguage("Deutsch");
        waitUntil(() -> text().contains("Anmelden"));
        assertThat(labelled("Rolle").getTagName()).isEqualTo("select");
        chooseLanguage("English");
        waitUntil(() -> text().contains("Sign in"));
        assertAccessible("the sign-in page");
        screenshot("sign-in");
        assertThat(List.of("Role", "Sign in")).allMatch(word -> text().contains(word));
    }
}
