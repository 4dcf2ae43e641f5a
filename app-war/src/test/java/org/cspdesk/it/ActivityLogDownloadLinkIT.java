package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * A browser downloads the activity log through a short-lived signed link, without a bearer token; the link
 * works for its own query only, only until it expires, and only admins get one (docs/adr/0020).
 */
class ActivityLogDownloadLinkIT extends IntegrationTest {

    @Test
    void aSignedLinkDownloadsTheFilteredRowsWithoutABearerToken() {
        String customer = Fixtures.newCustomer("Download Me");
        Fixtures.newUser(customer, "amy");
        String filter = customerFilter(customer);
        Map<String, Object> link = linkFor("AdminAgent", Map.of("startDate", "2020-01-01", "filter", filter));
        assertThat((String) link.get("href")).startsWith("/v1/auditrecords.csv?startDate=2020-01-01&filter=")
                .contains("&expires=").contains("&by=adminagent%40partner.cspdesk.dev").contains("&signature=");
        assertThat(Instant.parse((String) link.get("expiresAt")))
                .isBetween(Instant.now().plusSeconds(30), Instant.now().plusSeconds(61));
        assertThat(link.get("attributes")).isEqualTo(Map.of("objectType", "AuditDownload"));

        Response download = anonymous().urlEncodingEnabled(false).get((String) link.get("href"));
        download.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"activity-log-2020-01-01-"
                        + LocalDate.now(ZoneOffset.UTC) + ".csv\""))
                .header("Cache-Control", equalTo("no-store"));
        String withBearer = as("GlobalAdmin").urlEncodingEnabled(false)
                .get("/v1/auditrecords.csv?startDate=2020-01-01&filter=" + encode(filter))
                .then().statusCode(200).extract().asString();
        List<String> rows = download.asString().lines().toList();
        assertThat(rows).hasSize(3).isEqualTo(withBearer.lines().toList());
        assertThat(rows.get(1)).contains("create_customer_user").contains(customer);
    }

    @Test
    void aLinkWithAChangedFilterIsRefused() {
        String customer = Fixtures.newCustomer("Keep Me Narrow");
        String other = Fixtures.newCustomer("Not Yours");
        String href = (String) linkFor("AdminAgent", Map.of("startDate", "2020-01-01", "filter", customerFilter(customer)))
                .get("href");
        Map<String, String> parameters = parameters(href);

        for (Map.Entry<String, String> change : List.of(Map.entry("filter", customerFilter(other)),
                Map.entry("filter", ""), Map.entry("startDate", "2019-01-01"), Map.entry("endDate", "2030-01-01"),
                Map.entry("expires", String.valueOf(Long.parseLong(parameters.get("expires")) + 3600)),
                Map.entry("by", "globaladmin@partner.cspdesk.dev"), Map.entry("signature", "forged"),
                // The same expiry written otherwise is not the link as signed either.
                Map.entry("expires", "+" + parameters.get("expires")), Map.entry("expires", "0" + parameters.get("expires")))) {
            Map<String, String> changed = new LinkedHashMap<>(parameters);
            changed.put(change.getKey(), change.getValue());
            anonymous().urlEncodingEnabled(false).get(url(changed)).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"))
                    .body("cspdeskCode", equalTo("download_link_invalid"));
        }
        Map<String, String> unsigned = new LinkedHashMap<>(parameters);
        unsigned.remove("signature");
        anonymous().urlEncodingEnabled(false).get(url(unsigned)).then().statusCode(403)
                .body("cspdeskCode", equalTo("download_link_invalid"));
        anonymous().urlEncodingEnabled(false).get(url(parameters)).then().statusCode(200);
        assertThat(AuditLog.operations(customer, "failed")).isEmpty(); // a refused read is not recorded
    }

    @Test
    void anExpiredLinkIsRefused() {
        String customer = Fixtures.newCustomer("Too Late");
        Map<String, String> parameters = parameters((String) linkFor("GlobalAdmin",
                Map.of("startDate", "2020-01-01", "filter", customerFilter(customer))).get("href"));
        byte[] key = Base64.getDecoder().decode(Database.single(
                "select encode(secret, 'base64') from audit.download_link_key where id = 1"));
        long expires = Long.parseLong(parameters.get("expires"));
        // Signed here as the server signs: this test's signature of the link's own expiry is the server's.
        assertThat(sign(key, parameters, expires)).isEqualTo(parameters.get("signature"));

        long past = Instant.now().getEpochSecond() - 5;
        Map<String, String> expired = new LinkedHashMap<>(parameters);
        expired.put("expires", String.valueOf(past));
        expired.put("signature", sign(key, parameters, past));
        anonymous().urlEncodingEnabled(false).get(url(expired)).then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("cspdeskCode", equalTo("download_link_expired"));
    }

    @Test
    void aSalesAgentCannotGetALink() {
        for (String role : List.of("SalesAgent", "HelpDeskAgent", "BillingAdmin")) {
            as(role).body(Map.of("startDate", "2020-01-01")).post("/v1/auditrecords/downloads").then().statusCode(403)
                    .body("cspdeskCode", equalTo("forbidden_role"));
        }
        String customer = Fixtures.newCustomer("Own Log");
        Fixtures.newUser(customer, "amy");
        asCustomerUser(customer, "amy@" + Fixtures.domainOf(customer)).body(Map.of("startDate", "2020-01-01"))
                .post("/v1/auditrecords/downloads").then().statusCode(403);
        as("SalesAgent").get("/v1/auditrecords.csv?startDate=2020-01-01").then().statusCode(403)
                .body("cspdeskCode", equalTo("forbidden_role"));
        anonymous().get("/v1/auditrecords.csv?startDate=2020-01-01").then().statusCode(401);
    }

    @Test
    void aBadQueryIsRefusedAsTheCsvEndpointRefusesIt() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("startDate", "yesterday"),
                Map.of("endDate", "2026-01-01"), Map.of("startDate", "2026-02-01", "endDate", "2026-01-01"),
                Map.of("startDate", "2020-01-01", "filter", "{\"field\":\"Colour\",\"value\":\"x\"}"))) {
            Map<String, Object> csv = as("AdminAgent").queryParams(body).get("/v1/auditrecords.csv")
                    .then().statusCode(400).extract().jsonPath().getMap("$");
            as("AdminAgent").body(body).post("/v1/auditrecords/downloads").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("cspdeskCode", equalTo(csv.get("cspdeskCode"))).body("detail", equalTo(csv.get("detail")));
        }
    }

    @Test
    void aLinkTooLongToFollowIsRefusedBeforeItIsMade() {
        String value = "é".repeat(1900); // nine characters each once encoded: past what a request line may carry
        as("AdminAgent").body(Map.of("startDate", "2020-01-01", "filter",
                        "{\"field\":\"CompanyName\",\"value\":\"" + value + "\",\"operator\":\"substring\"}"))
                .post("/v1/auditrecords/downloads").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("cspdeskCode", equalTo("download_link_too_long"));
    }

    private static Map<String, Object> linkFor(String role, Map<String, Object> body) {
        return as(role).body(body).post("/v1/auditrecords/downloads").then().statusCode(201)
                .extract().jsonPath().getMap("$");
    }

    private static String customerFilter(String customerId) {
        return "{\"field\":\"CustomerId\",\"value\":\"" + customerId + "\",\"operator\":\"equals\"}";
    }

    /** The link's query parameters, decoded, in their order. */
    private static Map<String, String> parameters(String href) {
        return java.util.Arrays.stream(href.substring(href.indexOf('?') + 1).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                        (a, b) -> b, LinkedHashMap::new));
    }

    private static String url(Map<String, String> parameters) {
        return "/v1/auditrecords.csv?" + parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The link's HMAC as the server computes it (DownloadLinks): format, query, expiry, signer. */
    private static String sign(byte[] key, Map<String, String> link, long expires) {
        String signed = String.join("\n", "audit-download-1", link.get("startDate"), link.getOrDefault("endDate", ""),
                link.getOrDefault("filter", ""), Long.toString(expires), link.get("by"));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
