package org.cspdesk.dashboard.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.customers.api.CustomerSummary;
import org.cspdesk.customers.api.CustomerUserSummary;
import org.cspdesk.dashboard.internal.DevSignIn;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /v1/devsignin}: the dashboard's development sign-in. Anyone may call it, by design: it exists only where
 * {@code CSPDESK_DEV_SIGNIN_KEY} is set with the development issuer (./cspdesk run), and is a 404 everywhere else.
 * It mints what {@code ./cspdesk token} mints; the token then goes through the same checks as any other.
 */
@Path("devsignin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Development sign-in")
public class DevSignInResource {
    /** The sign-in form lists this many customers (filtered by a name prefix) and users of one customer. */
    static final int MAX_CHOICES = 50;
    static final List<String> ROLES = List.of(Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT,
            Roles.BILLING_ADMIN, Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER);

    @Inject
    DevSignIn signIn;

    @Inject
    CustomerDirectory customers;

    @Inject
    PartnerIdentity partner;

    @GET
    @PermitAll
    @Operation(summary = "Whether the development sign-in is on, and its roles",
            description = "Anyone. 404 not_found when it is off (every production server).")
    public Offer offer() {
        ensureOn();
        return new Offer(true, ROLES, signIn.settings().minutes());
    }

    @GET
    @Path("customers")
    @PermitAll
    @Operation(summary = "Customers to sign in as a user of (development only)",
            description = "Anyone while the development sign-in is on. Up to 50, company name starting with 'startsWith'.")
    public List<CustomerSummary> customers(@QueryParam("startsWith") String startsWith) {
        ensureOn();
        String prefix = startsWith == null ? "" : startsWith.strip();
        if (prefix.length() > 100) {
            throw ApiProblem.badRequest("invalid_value", "'startsWith' is at most 100 characters.");
        }
        return customers.withNameStarting(prefix, MAX_CHOICES);
    }

    @GET
    @Path("customers/{customerId}/users")
    @PermitAll
    @Operation(summary = "A customer's users to sign in as (development only)",
            description = "Anyone while the development sign-in is on. Up to 50, in UPN order.")
    public List<CustomerUserSummary> users(@PathParam("customerId") String customerId) {
        ensureOn();
        UUID id = Ids.parse(customerId, "customerId");
        customers.require(id);
        return customers.usersOf(id, MAX_CHOICES);
    }

    @POST
    @PermitAll
    @Operation(summary = "Sign in (development only)",
            description = "Anyone while the development sign-in is on. {role} for partner staff; {role: CustomerUser, "
                    + "customerId, userId} for a customer's user. Answers a Bearer token for the configured minutes.")
    public SignedIn signIn(@NotNull(message = "a JSON body is required") SignInRequest request) {
        ensureOn();
        String role = ROLES.stream().filter(known -> known.equalsIgnoreCase(String.valueOf(request.role())))
                .findFirst().orElseThrow(() -> ApiProblem.badRequest("invalid_value",
                        "'role' is one of " + String.join(", ", ROLES) + "."));
        if (!Roles.CUSTOMER_USER.equals(role)) {
            String upn = role.toLowerCase(Locale.ROOT) + "@partner.cspdesk.dev";
            return signedIn(role, upn, partner.tenantId(), null, null);
        }
        if (request.customerId() == null || request.userId() == null) {
            throw ApiProblem.badRequest("missing_parameter", "A customer's user signs in with 'customerId' and 'userId'.");
        }
        UUID customerId = Ids.parse(request.customerId(), "customerId");
        CustomerSummary customer = customers.require(customerId);
        CustomerUserSummary user = customers.findUser(customerId, Ids.parse(request.userId(), "userId"))
                .orElseThrow(() -> ApiProblem.notFound("user_not_found", "That user is not a user of "
                        + customer.companyName() + "."));
        return signedIn(role, user.userPrincipalName(), customerId.toString(), customer.companyName(), user.id());
    }

    private SignedIn signedIn(String role, String upn, String tenant, String companyName, UUID userId) {
        DevSignIn.SignedToken token = signIn.sign(role, upn, tenant);
        return new SignedIn(token.token(), "Bearer", token.expiresAt(), role, upn, tenant, companyName, userId);
    }

    private void ensureOn() {
        if (!signIn.enabled()) {
            throw ApiProblem.notFound("not_found", "There is no development sign-in on this server.");
        }
    }

    /** What the sign-in form offers. */
    public record Offer(boolean enabled, List<String> roles, int tokenMinutes) {
    }

    public record SignInRequest(String role, String customerId, String userId) {
    }

    /**
     * The token, and who it says the caller is (the application shows it, and asks for a customer's user's own
     * role assignments by {@code userId}; the server reads only the token).
     */
    public record SignedIn(String accessToken, String tokenType, Instant expiresAt, String role,
                           String userPrincipalName, String tenantId, String companyName, UUID userId) {
    }
}
