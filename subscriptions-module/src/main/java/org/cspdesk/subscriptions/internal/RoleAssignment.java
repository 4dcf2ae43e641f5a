package org.cspdesk.subscriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer user's Azure role on one subscription of its customer. */
@Entity
@Table(name = "role_assignment", schema = "subscriptions")
public class RoleAssignment {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "user_principal_name", nullable = false)
    private String userPrincipalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private AzureRole role;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected RoleAssignment() {
    }

    RoleAssignment(Subscription subscription, UUID userId, String userPrincipalName, AzureRole role, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscription.id();
        this.customerId = subscription.customerId();
        this.userId = userId;
        this.userPrincipalName = userPrincipalName;
        this.role = role;
        this.createdAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID userId() {
        return userId;
    }

    public String userPrincipalName() {
        return userPrincipalName;
    }

    public AzureRole role() {
        return role;
    }
}
