package org.cspdesk.permissions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cspdesk.platform.api.WireValue;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A customer's self-serve policy: the partner (the grantor, who pays) lets the customer buy the listed
 * resources itself. Lifecycle: it does not exist until an Admin agent turns the permission on (off by
 * default); its permissions may then change; turning the last permission off deletes it. One per
 * customer, with the Partner Center id {@code {partnerTenantId}_{customerTenantId}}. Every change
 * bumps {@code version}, which is the ETag.
 */
@Entity
@Table(name = "self_serve_policy", schema = "permissions")
public class SelfServePolicy {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "partner_tenant_id", nullable = false)
    private String partnerTenantId;

    /** Comma-separated wire values, in enum order. */
    @Column(name = "permissions", nullable = false)
    private String permissions;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected SelfServePolicy() {
    }

    SelfServePolicy(String partnerTenantId, UUID customerId, Set<PurchasableResource> resources, String createdBy,
                    OffsetDateTime at) {
        this.id = idOf(partnerTenantId, customerId);
        this.partnerTenantId = partnerTenantId;
        this.customerId = customerId;
        this.createdBy = createdBy;
        this.createdAt = at;
        grant(resources, at);
    }

    public static String idOf(String partnerTenantId, UUID customerId) {
        return partnerTenantId + "_" + customerId;
    }

    void grant(Set<PurchasableResource> resources, OffsetDateTime at) {
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("A self-serve policy grants at least one resource");
        }
        this.permissions = EnumSet.copyOf(resources).stream().map(PurchasableResource::wire)
                .collect(Collectors.joining(","));
        this.updatedAt = at;
    }

    public Set<PurchasableResource> resources() {
        Set<PurchasableResource> resources = EnumSet.noneOf(PurchasableResource.class);
        Arrays.stream(permissions.split(","))
                .forEach(wire -> resources.add(WireValue.parse(PurchasableResource.class, wire, "permissions")));
        return resources;
    }

    public List<String> permissionNames() {
        return List.of(permissions.split(","));
    }

    public boolean grants(PurchasableResource resource) {
        return resources().contains(resource);
    }

    public String id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String partnerTenantId() {
        return partnerTenantId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
