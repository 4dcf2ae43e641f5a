package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person of a customer's tenant. Its UPN is unique across all customers, ignoring case. */
@Entity
@Table(name = "customer_user", schema = "customers")
public class CustomerUser {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "user_principal_name", nullable = false)
    private String userPrincipalName;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected CustomerUser() {
    }

    CustomerUser(UUID customerId, String userPrincipalName, String displayName, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.userPrincipalName = userPrincipalName.toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public String displayName() {
        return displayName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
