package org.cspdesk.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits, from configuration, per window of {@code CSPDESK_RATE_LIMIT_WINDOW_SECONDS}: requests per
 * caller and per tenant, and refusals recorded per caller, for partner staff (and the partner's back end)
 * and for customers' users apart. 0 means no limit. Partner Center's own is 500 requests a minute per
 * tenant on customer and subscription resources; the defaults are more generous, for a partner's
 * automation, and tighter for customers, who act on the partner's bill.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "CSPDESK_RATE_LIMIT_WINDOW_SECONDS", defaultValue = "60")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "CSPDESK_RATE_LIMIT_PARTNER_CALLER", defaultValue = "1200")
    int partnerCaller;

    @Inject
    @ConfigProperty(name = "CSPDESK_RATE_LIMIT_PARTNER_TENANT", defaultValue = "6000")
    int partnerTenant;

    @Inject
    @ConfigProperty(name = "CSPDESK_RATE_LIMIT_CUSTOMER_CALLER", defaultValue = "300")
    int customerCaller;

    @Inject
    @ConfigProperty(name = "CSPDESK_RATE_LIMIT_CUSTOMER_TENANT", defaultValue = "600")
    int customerTenant;

    @Inject
    @ConfigProperty(name = "CSPDESK_RECORDED_REFUSALS_PARTNER_CALLER", defaultValue = "600")
    int partnerRefusals;

    @Inject
    @ConfigProperty(name = "CSPDESK_RECORDED_REFUSALS_CUSTOMER_CALLER", defaultValue = "60")
    int customerRefusals;

    int windowSeconds() {
        return windowSeconds;
    }

    int perCaller(boolean customer) {
        return customer ? customerCaller : partnerCaller;
    }

    int perTenant(boolean customer) {
        return customer ? customerTenant : partnerTenant;
    }

    int recordedRefusalsPerCaller(boolean customer) {
        return customer ? customerRefusals : partnerRefusals;
    }
}
