package org.cspdesk.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is calling and under which ids: the caller's identity from the JWT, the {@code MS-CorrelationId}
 * (generated when absent) and the {@code MS-RequestId} of a write.
 *
 * <p>Also the one place that decides what a customer user may see: its own customer, nothing else.
 */
@RequestScoped
public class CurrentRequest {
    public static final String CORRELATION_HEADER = "MS-CorrelationId";
    public static final String REQUEST_ID_HEADER = "MS-RequestId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Inject
    JsonWebToken token;

    @Inject
    HttpServletRequest http;

    private String correlationId;
    private Actor actor;
    private UUID concernedCustomer;
    private String concernedResource;

    public Actor actor() {
        if (actor == null) {
            actor = new Actor(userPrincipalName(), isCustomerUser() ? OperatorType.CUSTOMER : OperatorType.PARTNER,
                    token.getClaim("tid"), token.getClaim("azp"), correlationId());
        }
        return actor;
    }

    public String userPrincipalName() {
        String upn = token.getClaim("upn");
        if (upn == null) {
            upn = token.getName() != null ? token.getName() : token.getSubject();
        }
        return upn != null ? upn : "(unnamed)";
    }

    public boolean isCustomerUser() {
        Set<String> groups = token.getGroups();
        return groups != null && groups.contains(Roles.CUSTOMER_USER)
                && groups.stream().noneMatch(Roles.PARTNER_ROLES::contains);
    }

    public boolean hasRole(String role) {
        Set<String> groups = token.getGroups();
        return groups != null && groups.contains(role);
    }

    /**
     * The customer a customer user belongs to (its {@code tid}); empty for partner staff.
     */
    public Optional<UUID> customerTenant() {
        if (!isCustomerUser()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(token.getClaim("tid")));
        } catch (RuntimeException e) {
            throw ApiProblem.forbidden("invalid_tenant", "The token's tid claim does not name a customer tenant.");
        }
    }

    /**
     * Refuses a customer user anything about another customer. The answer is 404, not 403, so that a
     * customer cannot learn which ids exist.
     */
    public void ensureMaySee(UUID customerId) {
        customerTenant().ifPresent(own -> {
            if (!own.equals(customerId)) {
                throw ApiProblem.customerNotFound(customerId);
            }
        });
    }

    /**
     * Names the customer and resource this request acts on, once the resource knows them, so that a
     * refusal of it is filed under that customer in the activity log.
     */
    public void concerns(UUID customerId, String resourceName) {
        this.concernedCustomer = customerId;
        this.concernedResource = resourceName;
    }

    public Optional<UUID> concernedCustomer() {
        return Optional.ofNullable(concernedCustomer);
    }

    public Optional<String> concernedResource() {
        return Optional.ofNullable(concernedResource);
    }

    public String correlationId() {
        if (correlationId == null) {
            String sent = http.getHeader(CORRELATION_HEADER);
            correlationId = sent != null && SAFE_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        }
        return correlationId;
    }

    /** The {@code MS-RequestId} of this write, if the client sent a usable one. */
    public Optional<String> requestId() {
        String sent = http.getHeader(REQUEST_ID_HEADER);
        if (sent == null || sent.isBlank()) {
            return Optional.empty();
        }
        if (!SAFE_ID.matcher(sent).matches()) {
            throw ApiProblem.badRequest("invalid_request_id",
                    "MS-RequestId must be 1 to 128 letters, digits or . _ : - (a GUID is usual).");
        }
        return Optional.of(sent);
    }
}
