package org.cspdesk.permissions.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cspdesk.permissions.internal.SelfServePolicy;
import org.cspdesk.platform.api.Attributes;

import java.util.List;

/** Partner Center's SelfServePolicy resource, in and out. */
public record SelfServePolicyBody(String id,
                                  @NotNull @Valid SelfServeEntity selfServeEntity,
                                  @NotNull @Valid Grantor grantor,
                                  @NotEmpty @Size(max = 10) List<@NotNull @Valid Permission> permissions,
                                  Attributes attributes) {

    public record SelfServeEntity(@NotBlank String selfServeEntityType, @NotBlank String tenantID) {
    }

    public record Grantor(@NotBlank String grantorType, @NotBlank String tenantID) {
    }

    public record Permission(@NotBlank String resource, @NotBlank String action) {
    }

    static SelfServePolicyBody of(SelfServePolicy policy) {
        return new SelfServePolicyBody(policy.id(),
                new SelfServeEntity("customer", policy.customerId().toString()),
                new Grantor("billToPartner", policy.partnerTenantId()),
                policy.permissionNames().stream().map(name -> new Permission(name, "Purchase")).toList(),
                Attributes.of("SelfServePolicy", policy.version()));
    }
}
