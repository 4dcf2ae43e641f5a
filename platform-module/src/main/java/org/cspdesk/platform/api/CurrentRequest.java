package org.cspdesk.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is calling and under which ids: the caller the bearer token names ({@link Caller}), the {@code MS-CorrelationId}
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
    HttpServletRequest http;

    private String correlationId;
    private Actor actor;
    private UUID concernedCustomer;
    private String concernedResource;

    public Actor actor() {
        if (actor == null) {
            Optional<Caller> caller = caller();
            actor = new Actor(userPrincipalName(), caller.map(Caller::operatorType).orElse(OperatorType.PARTNER),
                    caller.map(Caller::tenantId).orElse(null), caller.map(Caller::applicationId).orElse(null),
                    correlationId());
        }
        return actor;
    }

    /** The caller the request's bearer token names, when it has one that names someone. */
    public Optional<Caller> caller() {
        return http.getAttribute(Caller.ATTRIBUTE) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
    }

    public String userPrincipalName() {
        return caller().map(Caller::userPrincipalName).orElse("(unnamed)");
    }

    /** A user of a customer's tenant: whatever its roles, it sees its own customer only. */
    public boolean isCustomerUser() {
        return caller().map(Caller::isCustomerUser).orElse(false);
    }

    public boolean hasRole(String role) {
        return caller().map(caller -> caller.roles().contains(role)).orElse(false);
    }

    /**
     * The customer a customer user belongs to (its {@code tid}); empty for partner staff.
     */
    public Optional<UUID> customerTenant() {
        if (!isCustomerUser()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(caller().map(Caller::tenantId).orElseThrow()));
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
