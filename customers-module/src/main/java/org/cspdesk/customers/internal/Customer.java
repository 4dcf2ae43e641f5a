package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A customer of the partner. Its id is its Azure AD tenant id, created when the partner adds the
 * customer and never changed. The domain ({@code contoso.onmicrosoft.com}) is unique among the
 * partner's customers, ignoring case, and the users of the tenant have UPNs in it. Its billing profile is
 * replaced whole (Partner Center's "Update a customer's billing profile"); the company profile is read-only,
 * as in Partner Center. Every change bumps {@code version}, the etag of the customer and of its billing profile.
 */
@Entity
@Table(name = "customer", schema = "customers")
public class Customer {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "domain", nullable = false)
    private String domain;

    @Column(name = "company_name", nullable = false)
    private String companyName;

    @Column(name = "company_email")
    private String companyEmail;

    @Column(name = "organization_registration_number")
    private String organizationRegistrationNumber;

    @Embedded
    private BillingProfile billingProfile;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Customer() {
    }

    Customer(String domain, String companyName, BillingProfile billingProfile, OffsetDateTime createdAt) {
        this(domain, companyName, null, null, billingProfile, createdAt);
    }

    Customer(String domain, String companyName, String companyEmail, String organizationRegistrationNumber,
             BillingProfile billingProfile, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.domain = domain.toLowerCase(java.util.Locale.ROOT);
        this.companyName = companyName;
        this.companyEmail = companyEmail;
        this.organizationRegistrationNumber = organizationRegistrationNumber;
        this.billingProfile = billingProfile;
        this.createdAt = createdAt;
    }

    /**
     * Replaces the billing profile whole (Partner Center's PUT), keeping its id. The billing profile's company
     * name is the customer's company name, as in Partner Center, so it changes with it.
     */
    void replaceBillingProfile(BillingProfile replacement, String newCompanyName) {
        this.billingProfile = replacement.withId(billingProfile.id());
        this.companyName = newCompanyName;
    }

    /** True when the UPN's domain is this customer's domain or one of its subdomains. */
    boolean ownsPrincipalName(String userPrincipalName) {
        int at = userPrincipalName.lastIndexOf('@');
        String upnDomain = userPrincipalName.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
        return upnDomain.equals(domain) || upnDomain.endsWith("." + domain);
    }

    public UUID id() {
        return id;
    }

    public String domain() {
        return domain;
    }

    public String companyName() {
        return companyName;
    }

    public String companyEmail() {
        return companyEmail;
    }

    public String organizationRegistrationNumber() {
        return organizationRegistrationNumber;
    }

    public BillingProfile billingProfile() {
        return billingProfile;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
