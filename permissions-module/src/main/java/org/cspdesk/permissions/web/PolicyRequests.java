package org.cspdesk.permissions.web;

import org.cspdesk.permissions.internal.PurchasableResource;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.WireValue;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Checks a SelfServePolicy body against Partner Center's rules and this partner's identity. */
final class PolicyRequests {
    private PolicyRequests() {
    }

    static UUID customerOf(SelfServePolicyBody body, String partnerTenantId) {
        if (!"customer".equals(body.selfServeEntity().selfServeEntityType())) {
            throw ApiProblem.badRequest("invalid_entity_type", "'selfServeEntity.selfServeEntityType' must be 'customer'.");
        }
        if (!"billToPartner".equals(body.grantor().grantorType())) {
            throw ApiProblem.badRequest("invalid_grantor", "'grantor.grantorType' must be 'billToPartner'.");
        }
        if (!partnerTenantId.equalsIgnoreCase(body.grantor().tenantID())) {
            throw ApiProblem.badRequest("invalid_grantor",
                    "'grantor.tenantID' must be this partner's tenant id, " + partnerTenantId + ".");
        }
        return Ids.parse(body.selfServeEntity().tenantID(), "selfServeEntity.tenantID");
    }

    static Set<PurchasableResource> resources(SelfServePolicyBody body) {
        Set<PurchasableResource> resources = EnumSet.noneOf(PurchasableResource.class);
        for (SelfServePolicyBody.Permission permission : body.permissions()) {
            if (!PurchasableResource.PURCHASE.equals(permission.action())) {
                throw ApiProblem.badRequest("invalid_value", "'permissions[].action' must be 'Purchase' (got '"
                        + permission.action() + "').");
            }
            resources.add(WireValue.parse(PurchasableResource.class, permission.resource(), "permissions[].resource"));
        }
        return resources;
    }
}
