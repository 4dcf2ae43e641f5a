package org.cspdesk.customers.web;

import org.cspdesk.customers.internal.Customer;
import org.cspdesk.platform.api.Attributes;

import java.time.OffsetDateTime;

/** A customer as the API shows it: Partner Center's Customer resource. */
public record CustomerView(String id, CompanyProfile companyProfile, BillingProfile billingProfile,
                           String relationshipToPartner, OffsetDateTime creationDate, Attributes attributes) {

    public record CompanyProfile(String tenantId, String domain, String companyName) {
    }

    public record BillingProfile(String firstName, String lastName, String email, String culture, String language,
                                 Address defaultAddress) {
    }

    public record Address(String country, String city, String postalCode, String addressLine1) {
    }

    static CustomerView of(Customer customer) {
        var billing = customer.billingProfile();
        var address = billing.defaultAddress();
        return new CustomerView(customer.id().toString(),
                new CompanyProfile(customer.id().toString(), customer.domain(), customer.companyName()),
                new BillingProfile(billing.firstName(), billing.lastName(), billing.email(), billing.culture(),
                        billing.language(), new Address(address.country(), address.city(), address.postalCode(),
                        address.addressLine1())),
                "reseller", customer.createdAt(), Attributes.of("Customer", customer.version()));
    }
}
