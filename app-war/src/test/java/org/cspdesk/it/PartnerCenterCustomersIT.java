package org.cspdesk.it;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 14, items 6 and 7: customers, their profiles and users read and written as Partner Center's SDKs do.
 * The bodies are what the Java SDK 1.15.3 sends (Jackson, non-null members only, getter names; every
 * {@code ResourceBase} carries {@code attributes.objectType}; a profile read back carries {@code links} twice,
 * as {@code links} and {@code __Links}) and what Partner Center's own "Create a customer" sample sends (the
 * company name and the contact's names only in the billing profile, culture {@code EN-US}, language {@code En}).
 */
class PartnerCenterCustomersIT extends IntegrationTest {

    /** Partner Center's Address, every member the Java SDK's models.Address has. */
    private static Map<String, Object> fullAddress() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("country", "US");
        address.put("region", "West");
        address.put("city", "Redmond");
        address.put("state", "WA");
        address.put("addressLine1", "One Microsoft Way");
        address.put("addressLine2", "Building 92");
        address.put("postalCode", "98052");
        address.put("firstName", "Gena");
        address.put("middleName", "M");
        address.put("lastName", "Soto");
        address.put("phoneNumber", "4255550101");
        return address;
    }

    /** new Customer() with a company and billing profile, as the Java SDK serializes it. */
    private static Map<String, Object> sdkCustomer(String domain) {
        return Map.of(
                "companyProfile", Map.of("domain", domain, "organizationRegistrationNumber", "REG-42",
                        "email", "it@" + domain, "attributes", Map.of("objectType", "CustomerCompanyProfile")),
                "billingProfile", Map.of("email", "gena@wingtiptoys.com", "culture", "EN-US", "language", "En",
                        "companyName", "Wingtip Toys", "defaultAddress", fullAddress(),
                        "attributes", Map.of("objectType", "CustomerBillingProfile")),
                "attributes", Map.of("objectType", "Customer"));
    }

    private static String newSdkCustomer() {
        return as("AdminAgent").body(sdkCustomer(unique("wingtip") + ".onmicrosoft.com")).post("/v1/customers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aCustomerKeepsEveryBillingProfileFieldPartnerCenterSends() {
        String id = newSdkCustomer();
        for (String path : List.of("/v1/customers/" + id, "/v1/customers/" + id + "/profiles/billing")) {
            String prefix = path.endsWith("billing") ? "" : "billingProfile.";
            as("HelpDeskAgent").get(path).then().statusCode(200)
                    .body(prefix + "id", notNullValue())
                    .body(prefix + "email", equalTo("gena@wingtiptoys.com"))
                    .body(prefix + "culture", equalTo("en-US"))
                    .body(prefix + "language", equalTo("en"))
                    .body(prefix + "companyName", equalTo("Wingtip Toys"))
                    .body(prefix + "defaultAddress", equalTo(fullAddress()))
                    .body(prefix + "attributes.objectType", equalTo("CustomerBillingProfile"))
                    .body(prefix + "attributes.etag", notNullValue());
        }
        as("AdminAgent").get("/v1/customers/" + id).then().statusCode(200)
                .body("companyProfile.companyName", equalTo("Wingtip Toys"))
                .body("companyProfile.organizationRegistrationNumber", equalTo("REG-42"))
                .body("companyProfile.attributes.objectType", equalTo("CustomerCompanyProfile"));
    }

    @Test
    void aCustomerSentInPascalCaseAsPartnerCentersRestSampleIsKept() {
        // Partner Center's REST reference ("Create a customer") sends its members in PascalCase; ASP.NET reads
        // member names in any case, and so do we.
        String domain = unique("pascal") + ".onmicrosoft.com";
        Map<String, Object> address = Map.of("Country", "US", "Region", "WA", "City", "Redmond", "State", "WA",
                "AddressLine1", "One Microsoft Way", "PostalCode", "98052", "FirstName", "Gena",
                "LastName", "Soto", "PhoneNumber", "4255550101");
        String id = as("AdminAgent").body(Map.of(
                        "CompanyProfile", Map.of("Domain", domain),
                        "BillingProfile", Map.of("Culture", "EN-US", "Email", "gena@" + domain, "Language", "En",
                                "CompanyName", "Pascal Toys", "DefaultAddress", address)))
                .post("/v1/customers").then().statusCode(201).extract().path("id");
        as("AdminAgent").get("/v1/customers/" + id).then().statusCode(200)
                .body("companyProfile.domain", equalTo(domain))
                .body("companyProfile.companyName", equalTo("Pascal Toys"))
                .body("billingProfile.defaultAddress.addressLine1", equalTo("One Microsoft Way"))
                .body("billingProfile.culture", equalTo("en-US"));
        as("AdminAgent").body(Map.of("companyProfile", Map.of("domain", unique("twice") + ".onmicrosoft.com"),
                        "CompanyProfile", Map.of("Domain", unique("again") + ".onmicrosoft.com")))
                .post("/v1/customers").then().statusCode(400).body("cspdeskCode", equalTo("malformed_body"));
    }

    @Test
    void theCompanyProfileIsReadAsPartnerCentersAndHasNoUpdate() {
        String id = newSdkCustomer();
        as("SalesAgent").get("/v1/customers/" + id + "/profiles/company").then().statusCode(200)
                .body("tenantId", equalTo(id))
                .body("companyName", equalTo("Wingtip Toys"))
                .body("email", notNullValue())
                .body("organizationRegistrationNumber", equalTo("REG-42"))
                .body("attributes.objectType", equalTo("CustomerCompanyProfile"));
        as("AdminAgent").body(Map.of("companyName", "Renamed")).put("/v1/customers/" + id + "/profiles/company")
                .then().statusCode(405);
    }

    @Test
    void twoCompanyNamesThatDisagreeAreRefused() {
        Map<String, Object> body = new LinkedHashMap<>(sdkCustomer(unique("two") + ".onmicrosoft.com"));
        body.put("companyProfile", Map.of("domain", unique("two") + ".onmicrosoft.com", "companyName", "Other"));
        as("AdminAgent").body(body).post("/v1/customers").then().statusCode(400)
                .body("cspdeskCode", equalTo("company_name_mismatch"));
    }

    @Test
    void aBillingProfileReadBackIsUpdatedWithTheEtagInItsAttributes() {
        String id = newSdkCustomer();
        Map<String, Object> profile = as("AdminAgent").get("/v1/customers/" + id + "/profiles/billing")
                .then().statusCode(200).extract().jsonPath().getMap("");
        // What the Java SDK sends back: the profile as read, changed, with links twice (links and __Links).
        Map<String, Object> links = Map.of("self", Map.of("uri", "/customers/" + id + "/profiles/billing",
                "method", "GET", "headers", List.of()));
        Map<String, Object> changed = new LinkedHashMap<>(profile);
        changed.put("email", "accounts@wingtiptoys.com");
        changed.put("companyName", "Wingtip Toys Ltd");
        Map<String, Object> address = new LinkedHashMap<>(fullAddress());
        address.put("state", "OR");
        address.put("city", "Portland");
        changed.put("defaultAddress", address);
        changed.put("links", links);
        changed.put("__Links", links);

        Response updated = as("SalesAgent").body(changed).put("/v1/customers/" + id + "/profiles/billing");
        updated.then().statusCode(200)
                .body("id", equalTo(profile.get("id")))
                .body("email", equalTo("accounts@wingtiptoys.com"))
                .body("defaultAddress.state", equalTo("OR"))
                .body("attributes.etag", not(equalTo(((Map<?, ?>) profile.get("attributes")).get("etag"))));
        assertThat(updated.header("ETag")).isEqualTo(updated.<String>path("attributes.etag"));
        as("AdminAgent").get("/v1/customers/" + id).then()
                .body("companyProfile.companyName", equalTo("Wingtip Toys Ltd"))
                .body("billingProfile.defaultAddress.city", equalTo("Portland"));

        Map<String, Object> record = AuditLog.of(id).stream()
                .filter(r -> "update_customer_billing_profile".equals(r.get("operationType"))).findFirst().orElseThrow();
        assertThat(record).containsEntry("operationStatus", "succeeded").containsEntry("resourceType", "customer");
        assertThat((String) record.get("resourceOldValue")).contains("gena@wingtiptoys.com").contains("\"WA\"");
        assertThat((String) record.get("resourceNewValue")).contains("accounts@wingtiptoys.com").contains("\"OR\"");
    }

    @Test
    void aStaleEtagCannotUpdateTheBillingProfile() {
        String id = newSdkCustomer();
        String path = "/v1/customers/" + id + "/profiles/billing";
        Map<String, Object> profile = as("AdminAgent").get(path).then().extract().jsonPath().getMap("");
        String etag = (String) ((Map<?, ?>) profile.get("attributes")).get("etag");
        Map<String, Object> first = new LinkedHashMap<>(profile);
        first.put("email", "first@wingtiptoys.com");
        as("AdminAgent").body(first).put(path).then().statusCode(200);

        Map<String, Object> second = new LinkedHashMap<>(profile); // still carries the old etag
        second.put("email", "second@wingtiptoys.com");
        as("AdminAgent").body(second).put(path).then().statusCode(412).body("cspdeskCode", equalTo("etag_mismatch"));
        Map<String, Object> noEtag = new LinkedHashMap<>(second);
        noEtag.remove("attributes");
        as("AdminAgent").header("If-Match", etag).body(noEtag).put(path).then().statusCode(412);
        as("AdminAgent").body(noEtag).put(path).then().statusCode(428).body("cspdeskCode", equalTo("etag_required"));
        as("AdminAgent").get(path).then().body("email", equalTo("first@wingtiptoys.com"));
        assertThat(AuditLog.operations(id, "failed")).contains("update_customer_billing_profile");
    }

    @Test
    void onlyAdminAgentsSalesAgentsAndGlobalAdminsUpdateTheBillingProfile() {
        String id = newSdkCustomer();
        String path = "/v1/customers/" + id + "/profiles/billing";
        Map<String, Object> profile = as("AdminAgent").get(path).then().extract().jsonPath().getMap("");
        as("HelpDeskAgent").body(profile).put(path).then().statusCode(403);
        as("BillingAdmin").body(profile).put(path).then().statusCode(403);
        asCustomerUser(id, "ada@whatever.onmicrosoft.com").get(path).then().statusCode(200);
        asCustomerUser(id, "ada@whatever.onmicrosoft.com").body(profile).put(path).then().statusCode(403);
        asCustomerUser(Fixtures.newCustomer("Other"), "eve@other.onmicrosoft.com").get(path).then().statusCode(404);
        as("GlobalAdmin").body(profile).put(path).then().statusCode(200);
    }

    @Test
    void aUserKeepsItsNamesAndUsageLocationAndNeverItsPassword() {
        String customer = newSdkCustomer();
        String upn = "gena@" + Fixtures.domainOf(customer);
        // new CustomerUser() as the Java SDK serializes it: UsageLocation, Password and ForceChangePassword twice.
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("displayName", "Gena Soto");
        user.put("firstName", "Gena");
        user.put("lastName", "Soto");
        user.put("passwordProfile", Map.of("password", "Pa55w.rd-Secret!", "forceChangePassword", true,
                "ForceChangePassword", true, "Password", "Pa55w.rd-Secret!"));
        user.put("userPrincipalName", upn);
        user.put("usageLocation", "SE");
        user.put("UsageLocation", "SE");
        user.put("attributes", Map.of("objectType", "CustomerUser"));
        Response created = as("AdminAgent").body(user).post("/v1/customers/" + customer + "/users");
        created.then().statusCode(201)
                .body("firstName", equalTo("Gena")).body("lastName", equalTo("Soto"))
                .body("usageLocation", equalTo("SE")).body("state", equalTo("active"))
                .body("userDomainType", equalTo("none")).body("attributes.objectType", equalTo("CustomerUser"))
                .body("passwordProfile", nullValue());
        assertThat(created.asString()).doesNotContain("Pa55w.rd");
        String listed = as("AdminAgent").get("/v1/customers/" + customer + "/users").then().statusCode(200)
                .body("items.usageLocation", hasItem("SE")).extract().asString();
        assertThat(listed).doesNotContain("Pa55w.rd");

        // A refused creation records the attempted body: the password is not in it either.
        Map<String, Object> outside = new LinkedHashMap<>(user);
        outside.put("userPrincipalName", "gena@elsewhere.example");
        as("AdminAgent").body(outside).post("/v1/customers/" + customer + "/users").then().statusCode(400);
        assertThat(AuditLog.of(customer).toString()).contains("create_customer_user").doesNotContain("Pa55w.rd");
    }

    @Test
    void aUserWithoutUsageLocationUsesTheCustomersCountry() {
        String customer = Fixtures.newCustomer("Located");
        String user = Fixtures.newUser(customer, "plain");
        as("AdminAgent").get("/v1/customers/" + customer + "/users/" + user).then().statusCode(200)
                .body("usageLocation", equalTo("US")).body("displayName", equalTo("plain"));
    }

    @Test
    void aDeletedUserNoLongerCountsAsOwner() {
        String customer = Fixtures.newCustomer("Owner Leaves");
        String plan = Fixtures.newAzurePlan(customer);
        String owner = Fixtures.newUser(customer, "owner");
        Fixtures.assignRole(customer, plan, owner, "Owner");
        as("AdminAgent").get("/v1/customers/" + customer + "/purchasePrerequisites").then().body("met", equalTo(true));

        as("SalesAgent").delete("/v1/customers/" + customer + "/users/" + owner).then().statusCode(204);

        as("AdminAgent").get("/v1/customers/" + customer + "/purchasePrerequisites").then()
                .body("met", equalTo(false)).body("checks.find { it.code == 'owner_role' }.met", equalTo(false));
        as("AdminAgent").body(Map.of("allowCustomerToPurchase", true))
                .put("/v1/customers/" + customer + "/permissions/azureReservations")
                .then().statusCode(409).body("cspdeskCode", equalTo("prerequisites_not_met"));
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments").then()
                .body("items", org.hamcrest.Matchers.empty());
        as("AdminAgent").get("/v1/customers/" + customer + "/users").then().body("items.id", not(hasItem(owner)));
        as("AdminAgent").get("/v1/customers/" + customer + "/users/" + owner).then().statusCode(404);
        as("AdminAgent").body(Map.of("userId", owner, "role", "Owner"))
                .post("/v1/customers/" + customer + "/subscriptions/" + plan + "/roleAssignments")
                .then().statusCode(400).body("cspdeskCode", equalTo("unknown_user"));
        assertThat(AuditLog.operations(customer, "succeeded"))
                .contains("delete_customer_user", "delete_role_assignment");
    }

    @Test
    void aDeletedUsersTokenIsNoLongerAccepted() {
        String customer = Fixtures.newCustomer("Signed Out");
        String user = Fixtures.newUser(customer, "gone");
        String upn = "gone@" + Fixtures.domainOf(customer);
        asCustomerUser(customer, upn).get("/v1/customers/" + customer).then().statusCode(200);
        as("AdminAgent").delete("/v1/customers/" + customer + "/users/" + user).then().statusCode(204);
        asCustomerUser(customer, upn).get("/v1/customers/" + customer).then().statusCode(401)
                .body("cspdeskCode", equalTo("user_deleted"));
        asCustomerUser(customer, "stillhere@" + Fixtures.domainOf(customer)).get("/v1/customers/" + customer)
                .then().statusCode(200);
    }

    @Test
    void aUserReadBackIsUpdatedWithWhatChanged() {
        String customer = Fixtures.newCustomer("Patch Users");
        String user = Fixtures.newUser(customer, "patchme");
        String path = "/v1/customers/" + customer + "/users/" + user;
        Map<String, Object> read = new LinkedHashMap<>(as("AdminAgent").get(path).then().extract().jsonPath().getMap(""));
        // The Java SDK sends the user back with both spellings of its usage location.
        read.put("usageLocation", "DE");
        read.put("UsageLocation", "DE");
        read.put("firstName", "Patricia");
        as("SalesAgent").body(read).patch(path).then().statusCode(200)
                .body("usageLocation", equalTo("DE")).body("firstName", equalTo("Patricia"))
                .body("displayName", equalTo("patchme"));
        as("AdminAgent").get(path).then().body("usageLocation", equalTo("DE"));
        Map<String, Object> record = AuditLog.of(customer).stream()
                .filter(r -> "update_customer_user".equals(r.get("operationType"))).findFirst().orElseThrow();
        assertThat((String) record.get("resourceOldValue")).contains("\"usageLocation\":\"US\"");
        assertThat((String) record.get("resourceNewValue")).contains("\"usageLocation\":\"DE\"");

        as("AdminAgent").body(Map.of("userPrincipalName", "other@" + Fixtures.domainOf(customer))).patch(path)
                .then().statusCode(400).body("cspdeskCode", equalTo("upn_change_unsupported"));
        as("AdminAgent").body(Map.of("passwordProfile", Map.of("password", "NewPa55!"))).patch(path)
                .then().statusCode(400).body("cspdeskCode", equalTo("password_not_kept"));
        as("HelpDeskAgent").body(Map.of("firstName", "No")).patch(path).then().statusCode(403);
        assertThat(AuditLog.of(customer).toString()).doesNotContain("NewPa55!");
    }

    @Test
    void aDeletedUserIsGoneButItsNameStaysTaken() {
        String customer = Fixtures.newCustomer("Soft Delete");
        String user = Fixtures.newUser(customer, "leaver");
        as("AdminAgent").delete("/v1/customers/" + customer + "/users/" + user).then().statusCode(204);
        as("AdminAgent").delete("/v1/customers/" + customer + "/users/" + user).then().statusCode(404)
                .body("cspdeskCode", equalTo("user_not_found"));
        as("AdminAgent").body(Map.of("userPrincipalName", "leaver@" + Fixtures.domainOf(customer), "displayName", "again"))
                .post("/v1/customers/" + customer + "/users").then().statusCode(409).body("cspdeskCode", equalTo("user_exists"));
    }

    @Test
    void customerUsersAndReadOnlyRolesCannotDeleteUsers() {
        String customer = Fixtures.newCustomer("No Delete");
        String user = Fixtures.newUser(customer, "stays");
        String path = "/v1/customers/" + customer + "/users/" + user;
        as("HelpDeskAgent").delete(path).then().statusCode(403);
        asCustomerUser(customer, "stays@" + Fixtures.domainOf(customer)).delete(path).then().statusCode(403);
        as("AdminAgent").get(path).then().statusCode(200);
        assertThat(AuditLog.operations(customer, "failed")).contains("delete_customer_user");
    }

    @Test
    void aSubscriptionReadsInPartnerCentersShape() {
        String customer = Fixtures.newCustomer("Shapes");
        String today = LocalDate.now(ZoneOffset.UTC) + "T00:00:00Z";
        String plan = Fixtures.newAzurePlan(customer);
        as("AdminAgent").get("/v1/customers/" + customer + "/subscriptions/" + plan).then().statusCode(200)
                .body("unitType", equalTo("Usage-based"))
                .body("billingType", equalTo("usage"))
                .body("billingCycle", equalTo("monthly"))
                .body("termDuration", nullValue())
                .body("autoRenewEnabled", equalTo(false))
                .body("effectiveStartDate", equalTo(today))
                .body("commitmentEndDate", equalTo("9999-12-14T00:00:00Z"))
                .body("contractType", equalTo("subscription"))
                .body("orderId", notNullValue());

        Response license = as("AdminAgent").body(Map.of("offerId", Fixtures.M365_E3, "quantity", 5))
                .post("/v1/customers/" + customer + "/subscriptions");
        license.then().statusCode(201)
                .body("unitType", equalTo("Licenses"))
                .body("billingCycle", equalTo("monthly"))
                .body("termDuration", equalTo("P1M"))
                .body("autoRenewEnabled", equalTo(true))
                .body("effectiveStartDate", equalTo(today))
                .body("commitmentEndDate", equalTo(LocalDate.now(ZoneOffset.UTC).plusMonths(1).minusDays(1) + "T00:00:00Z"));
        as("AdminAgent").body(Map.of("offerId", Fixtures.M365_E3, "quantity", 5, "termDuration", "P1Y",
                        "billingCycle", "annual", "autoRenewEnabled", false))
                .post("/v1/customers/" + customer + "/subscriptions").then().statusCode(201)
                .body("termDuration", equalTo("P1Y")).body("billingCycle", equalTo("annual"))
                .body("autoRenewEnabled", equalTo(false))
                .body("commitmentEndDate", equalTo(LocalDate.now(ZoneOffset.UTC).plusYears(1).minusDays(1) + "T00:00:00Z"));
    }

    @Test
    void aSubscriptionReadBackIsPatchedWholeAsTheSdkSendsIt() {
        String customer = Fixtures.newCustomer("Sdk Patch");
        String e3 = Fixtures.buy(customer, Fixtures.M365_E3, 3);
        String path = "/v1/customers/" + customer + "/subscriptions/" + e3;
        Map<String, Object> read = new LinkedHashMap<>(as("AdminAgent").get(path).then().extract().jsonPath().getMap(""));
        // The Java SDK's Subscription: every member as read, an empty links object, its own contract type.
        read.put("links", Map.of());
        read.put("suspensionReasons", List.of());
        read.put("autoRenewEnabled", false);
        read.put("friendlyName", "E3 seats");
        as("AdminAgent").body(read).patch(path).then().statusCode(200)
                .body("autoRenewEnabled", equalTo(false)).body("friendlyName", equalTo("E3 seats"))
                .body("quantity", equalTo(3));
        // read still carries the first etag in attributes.etag: stale now.
        read.put("friendlyName", "Again");
        as("AdminAgent").body(read).patch(path).then().statusCode(412);
        Map<String, Object> more = new LinkedHashMap<>(read);
        more.remove("attributes");
        more.put("quantity", 10);
        as("AdminAgent").body(more).patch(path).then().statusCode(400)
                .body("cspdeskCode", equalTo("quantity_change_unsupported"));
        String plan = Fixtures.newAzurePlan(customer);
        as("AdminAgent").body(Map.of("autoRenewEnabled", true))
                .patch("/v1/customers/" + customer + "/subscriptions/" + plan).then().statusCode(400)
                .body("cspdeskCode", equalTo("invalid_value"));
    }

    @Test
    void aTermTheOfferDoesNotHaveIsRefused() {
        String customer = Fixtures.newCustomer("Terms");
        String path = "/v1/customers/" + customer + "/subscriptions";
        as("AdminAgent").body(Map.of("offerId", Fixtures.AZURE_PLAN, "quantity", 1, "termDuration", "P1Y"))
                .post(path).then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
        as("AdminAgent").body(Map.of("offerId", Fixtures.M365_E3, "quantity", 1, "termDuration", "P1M",
                "billingCycle", "annual")).post(path).then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
        as("AdminAgent").body(Map.of("offerId", Fixtures.M365_E3, "quantity", 1, "termDuration", "P3Y"))
                .post(path).then().statusCode(400).body("cspdeskCode", equalTo("invalid_value"));
    }
}
