package org.cspdesk.customers.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.cspdesk.customers.internal.Customer;
import org.cspdesk.customers.internal.PostalAddress;
import org.cspdesk.platform.api.Attributes;

import java.time.OffsetDateTime;

/**
 * A customer as the API shows it: Partner Center's {@code Customer}, absent members left out, in Partner Center's
 * order (JSON-B would sort them, putting the billing profile's {@code id} before the customer's).
 */
@JsonbPropertyOrder({"id", "companyProfile", "billingProfile", "relationshipToPartner", "creationDate", "attributes"})
public record CustomerView(String id, CompanyProfile companyProfile, BillingProfile billingProfile,
                           String relationshipToPartner, OffsetDateTime creationDate, Attributes attributes) {

    /** Partner Center's {@code CustomerCompanyProfile}: read-only, as in Partner Center. */
    @JsonbPropertyOrder({"tenantId", "domain", "companyName", "email", "organizationRegistrationNumber", "attributes"})
    public record CompanyProfile(String tenantId, String domain, String companyName, String email,
                                 String organizationRegistrationNumber, Attributes attributes) {

        static CompanyProfile of(Customer customer) {
            return new CompanyProfile(customer.id().toString(), customer.domain(), customer.companyName(),
                    customer.companyEmail(), customer.organizationRegistrationNumber(),
                    Attributes.of("CustomerCompanyProfile"));
        }
    }

    /** Partner Center's {@code CustomerBillingProfile}; its etag is the customer's. */
    @JsonbPropertyOrder({"id", "firstName", "lastName", "email", "culture", "language", "companyName", "defaultAddress",
            "attributes"})
    public record BillingProfile(String id, String firstName, String lastName, String email, String culture,
                                 String language, String companyName, Address defaultAddress, Attributes attributes) {

        static BillingProfile of(Customer customer) {
            var billing = customer.billingProfile();
            return new BillingProfile(billing.id().toString(), billing.firstName(), billing.lastName(), billing.email(),
                    billing.culture(), billing.language(), customer.companyName(),
                    Address.of(billing.defaultAddress().parts()),
                    Attributes.of("CustomerBillingProfile", customer.version()));
        }
    }

    /** Partner Center's {@code Address}. */
    @JsonbPropertyOrder({"country", "region", "city", "state", "addressLine1", "addressLine2", "postalCode",
            "firstName", "middleName", "lastName", "phoneNumber"})
    public record Address(String country, String region, String city, String state, String addressLine1,
                          String addressLine2, String postalCode, String firstName, String middleName, String lastName,
                          String phoneNumber) {

        static Address of(PostalAddress.Parts a) {
            return new Address(a.country(), a.region(), a.city(), a.state(), a.addressLine1(), a.addressLine2(),
                    a.postalCode(), a.firstName(), a.middleName(), a.lastName(), a.phoneNumber());
        }
    }

    static CustomerView of(Customer customer) {
        return new CustomerView(customer.id().toString(), CompanyProfile.of(customer), BillingProfile.of(customer),
                "reseller", customer.createdAt(), Attributes.of("Customer", customer.version()));
    }
}
