package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.cspdesk.it.TestIdentityProvider.ADMIN_AGENT;
import static org.cspdesk.it.TestIdentityProvider.AUDIENCE;
import static org.cspdesk.it.TestIdentityProvider.BACKEND_CLIENT_ID;
import static org.cspdesk.it.TestIdentityProvider.BACKEND_ID;
import static org.cspdesk.it.TestIdentityProvider.CUSTOMER_REALM;
import static org.cspdesk.it.TestIdentityProvider.CUSTOMER_TENANT;
import static org.cspdesk.it.TestIdentityProvider.KNOWN_USER;
import static org.cspdesk.it.TestIdentityProvider.PARTNER_REALM;
import static org.cspdesk.it.TestIdentityProvider.PARTNER_STAFF;
import static org.cspdesk.it.TestIdentityProvider.REALMS;
import static org.cspdesk.it.TestIdentityProvider.UNTRUSTED_ADMIN_AGENT;
import static org.cspdesk.it.TestIdentityProvider.UNTRUSTED_REALM;
import static org.cspdesk.it.TestIdentityProvider.issuer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity provider the build starts issues what CSP Desk's sign-in relies on: an issuer per tenant, the
 * role in {@code roles}, the user's address in {@code upn}, CSP Desk as the audience and stable object ids. The
 * rules CSP Desk applies to these tokens are tested where CSP Desk applies them.
 */
class IdentityProviderIT extends IntegrationTest {

    @BeforeAll
    static void theProviderIsUp() {
        TestIdentityProvider.awaitReady();
    }

    @Test
    void everyRealmPublishesItsIssuerUnderLocalhost() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String realm : REALMS) {
            HttpResponse<String> discovery = http.send(
                    HttpRequest.newBuilder(TestIdentityProvider.discoveryOf(realm)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, discovery.statusCode(), realm);
            JsonPath document = JsonPath.from(discovery.body());
            assertEquals(issuer(realm), document.getString("issuer"), realm);
            assertEquals(issuer(realm) + "/protocol/openid-connect/certs", document.getString("jwks_uri"), realm);
        }
        assertEquals(TestIdentityProvider.base() + "/realms/" + CUSTOMER_TENANT, issuer(CUSTOMER_REALM),
                "the customer's issuer carries its tenant id, as Entra's does");
    }

    @Test
    void partnerStaffTokensCarryTheirRoleUpnAudienceAndFixedObjectId() {
        for (TestIdentityProvider.User user : PARTNER_STAFF) {
            TestIdentityProvider.TokenResponse tokens = TestIdentityProvider.passwordGrant(PARTNER_REALM, user.username());
            JsonPath access = tokens.accessClaims();
            assertEquals(issuer(PARTNER_REALM), access.getString("iss"), user.username());
            assertEquals(List.of(user.role()), access.getList("roles", String.class), user.username());
            assertEquals(user.email(), access.getString("upn"), user.username());
            assertTrue(audiences(access).contains(AUDIENCE), user.username() + " aud " + audiences(access));
            assertEquals(user.id(), access.getString("sub"), user.username());

            JsonPath id = tokens.idClaims();
            assertEquals(List.of(user.role()), id.getList("roles", String.class), user.username());
            assertEquals(user.email(), id.getString("upn"), user.username());
            assertEquals(user.id(), id.getString("sub"), user.username());
            assertNotNull(tokens.refreshToken(), user.username());
        }
    }

    @Test
    void aCustomerTenantsTokensCarryItsTenantIdAndNoRoles() {
        TestIdentityProvider.TokenResponse tokens = TestIdentityProvider.passwordGrant(KNOWN_USER);
        for (JsonPath claims : List.of(tokens.accessClaims(), tokens.idClaims())) {
            assertEquals(issuer(CUSTOMER_TENANT), claims.getString("iss"));
            assertEquals(CUSTOMER_TENANT, claims.getString("tid"));
            assertEquals(KNOWN_USER.email(), claims.getString("upn"));
            assertEquals(KNOWN_USER.id(), claims.getString("sub"));
            assertNull(claims.get("roles"));
        }
        assertTrue(audiences(tokens.accessClaims()).contains(AUDIENCE));
    }

    @Test
    void thePartnersBackEndGetsAnAdminAgentTokenOfItsOwn() {
        JsonPath access = TestIdentityProvider.claims(TestIdentityProvider.clientCredentials());
        assertEquals(issuer(PARTNER_REALM), access.getString("iss"));
        assertEquals(List.of("AdminAgent"), access.getList("roles", String.class));
        assertEquals(BACKEND_CLIENT_ID, access.getString("azp"));
        assertTrue(audiences(access).contains(AUDIENCE), "aud " + audiences(access));
        assertEquals(BACKEND_ID, access.getString("sub"));
    }

    @Test
    void anUntrustedIssuerSignsTheSameClaimsForAnotherObjectId() {
        JsonPath access = TestIdentityProvider.passwordGrant(UNTRUSTED_ADMIN_AGENT).accessClaims();
        assertEquals(issuer(UNTRUSTED_REALM), access.getString("iss"));
        assertEquals(List.of("AdminAgent"), access.getList("roles", String.class));
        assertEquals(ADMIN_AGENT.email(), access.getString("upn"));
        assertTrue(audiences(access).contains(AUDIENCE));
        assertNotEquals(ADMIN_AGENT.id(), access.getString("sub"));
    }

    /** {@code aud} is a string for one audience and an array for several. */
    private static List<String> audiences(JsonPath claims) {
        Object aud = claims.get("aud");
        if (aud instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return aud == null ? List.of() : List.of(String.valueOf(aud));
    }
}
