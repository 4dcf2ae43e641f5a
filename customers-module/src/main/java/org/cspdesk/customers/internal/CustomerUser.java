package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person of a customer's tenant, as Partner Center's {@code CustomerUser}. Its UPN is unique across all
 * customers, ignoring case.
 *
 * <p>Lifecycle: created active; deleting it makes it inactive with a soft-deletion time, as Partner Center
 * does, and that is final here (Partner Center restores within 30 days; CSP Desk has no restore). An inactive
 * user is no longer listed, found or given roles, and its UPN stays taken. Its password is never kept.
 */
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

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "usage_location")
    private String usageLocation;

    @Column(name = "phone_number")
    private String phoneNumber;

    @Column(name = "immutable_id")
    private String immutableId;

    @Column(name = "user_domain_type", nullable = false)
    private String userDomainType;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private UserState state;

    @Column(name = "soft_deletion_time")
    private OffsetDateTime softDeletionTime;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected CustomerUser() {
    }

    CustomerUser(UUID customerId, String userPrincipalName, String displayName, OffsetDateTime createdAt) {
        this(customerId, new Details(userPrincipalName, displayName, null, null, null, null, null, "none"), createdAt);
    }

    CustomerUser(UUID customerId, Details details, OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.userPrincipalName = details.userPrincipalName().toLowerCase(java.util.Locale.ROOT);
        this.displayName = details.displayName();
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.usageLocation = details.usageLocation();
        this.phoneNumber = details.phoneNumber();
        this.immutableId = details.immutableId();
        this.userDomainType = details.userDomainType();
        this.state = UserState.ACTIVE;
        this.createdAt = createdAt;
    }

    /**
     * Changes what a PATCH sends (a null member keeps its value); returns whether anything changed. The UPN is
     * not changed here (Partner Center changes it with an operation of its own).
     */
    boolean update(Details changes) {
        Details before = details();
        if (changes.displayName() != null) {
            displayName = changes.displayName();
        }
        if (changes.firstName() != null) {
            firstName = changes.firstName();
        }
        if (changes.lastName() != null) {
            lastName = changes.lastName();
        }
        if (changes.usageLocation() != null) {
            usageLocation = changes.usageLocation();
        }
        if (changes.phoneNumber() != null) {
            phoneNumber = changes.phoneNumber();
        }
        if (changes.immutableId() != null) {
            immutableId = changes.immutableId();
        }
        if (changes.userDomainType() != null) {
            userDomainType = changes.userDomainType();
        }
        return !before.equals(details());
    }

    public Details details() {
        return new Details(userPrincipalName, displayName, firstName, lastName, usageLocation, phoneNumber,
                immutableId, userDomainType);
    }

    /** Deletes it (soft): inactive from now on. */
    void delete(OffsetDateTime at) {
        state = UserState.INACTIVE;
        softDeletionTime = at;
    }

    public boolean isActive() {
        return state == UserState.ACTIVE;
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

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String usageLocation() {
        return usageLocation;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String immutableId() {
        return immutableId;
    }

    public String userDomainType() {
        return userDomainType;
    }

    public UserState state() {
        return state;
    }

    public OffsetDateTime softDeletionTime() {
        return softDeletionTime;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** What a user is created with; the UPN is kept lower-case. */
    public record Details(String userPrincipalName, String displayName, String firstName, String lastName,
                          String usageLocation, String phoneNumber, String immutableId, String userDomainType) {
    }
}
