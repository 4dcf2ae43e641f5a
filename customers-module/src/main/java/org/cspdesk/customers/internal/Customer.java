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
 * partner's customers, ignoring case, and the users of the tenant have UPNs in it.
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
        this.id = UUID.randomUUID();
        this.domain = domain.toLowerCase(java.util.Locale.ROOT);
        this.companyName = companyName;
        this.billingProfile = billingProfile;
        this.createdAt = createdAt;
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
