package org.cspdesk.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The partner this deployment serves: its Azure AD tenant id, from configuration. */
@ApplicationScoped
public class PartnerIdentity {

    @Inject
    @ConfigProperty(name = "CSPDESK_PARTNER_TENANT_ID")
    String tenantId;

    public String tenantId() {
        return tenantId;
    }
}
