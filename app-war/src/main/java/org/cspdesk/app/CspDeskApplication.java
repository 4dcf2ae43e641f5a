package org.cspdesk.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/**
 * The REST API under {@code /v1}. Lists no classes on purpose: the runtime discovers the resources
 * and providers of every module jar in the WAR, so adding an endpoint never means editing this class.
 */
@ApplicationPath("/v1")
@DeclareRoles({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
        Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
@OpenAPIDefinition(
        info = @Info(title = "CSP Desk", version = "1",
                description = "Partner back end for the CSP program: customers, subscriptions, customer purchase "
                        + "permissions (self-serve policies), reservations and the activity log. Errors are "
                        + "application/problem+json with our stable string code in 'cspdeskCode', and Partner Center's "
                        + "'code' (its numeric error code where it has one), 'description' and 'source'."),
        security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An RS256 JWT of a trusted issuer: the partner's or a customer's OpenID Connect provider "
                + "(app roles or groups mapped to CSP Desk roles), CSP Desk's own sign-in, or in development "
                + "./cspdesk token (roles in 'groups', tenant in 'tid', user in 'upn').")
public class CspDeskApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // OPTIONS answered anyone, without a token, with the WADL of the resource (Jersey's version, our
                // method names); /v1/application.wadl served the whole API's. The OpenAPI document is the API's
                // description. OPTIONS still answers its Allow header.
                "jersey.config.server.wadl.disableWadl", true,
                // A Location is made trusted by platform.web.TrustedLocation (configured base, or a path):
                // Jersey would otherwise resolve a path against the request's base, built from its Host header.
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
