package org.cspdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.AttemptRefused;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.OperationType;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every refusal of an {@link Audited} endpoint lands in the activity log as a failed attempt: who tried,
 * what, on which customer, and why (the problem's code and detail). 401 is not recorded: nobody is known;
 * nor is a retry with the same {@code MS-RequestId}: it gets the first answer again and does nothing more;
 * nor a throttled request (429): recording it would let a flood write the log.
 *
 * <p>A customer user's refusal is filed under its own customer, whatever customer it named: a user of
 * one customer cannot write records into another's log. What the record says was sent is only what was
 * read and validated ({@link AttemptedBody}). And a caller's refusals are recorded up to a number per
 * window ({@link RateLimits}); past it they are counted, logged once for operators, and not recorded.
 */
@Provider
public class RefusedAttempts implements ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(RefusedAttempts.class.getName());
    private static final int MAX_DETAIL_CHARS = 500;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    RefusedAttemptRecorder recorder;

    @Inject
    AcceptedBody acceptedBody;

    @Inject
    HttpServletRequest http;

    @Inject
    RateLimits limits;

    @Inject
    RequestCounts counts;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (status < 400 || status >= 500 || status == 401 || status == 429 || method == null
                || !method.isAnnotationPresent(Audited.class)) {
            return;
        }
        if (request.getProperty(IdempotentWrites.REPLAYED) != null) {
            return; // a retry answered for its first request, whose outcome is recorded already
        }
        if (overTheRecordingLimit()) {
            return;
        }
        Audited audited = method.getAnnotation(Audited.class);
        Map<?, ?> problem = response.getEntity() instanceof Map<?, ?> map ? map : Map.of();
        Optional<JsonValue> attempted = acceptedBody.loggable().or(() -> unread(method));
        OperationType operation = !audited.switchField().isEmpty()
                && attempted.filter(body -> AttemptedBody.isOff(body, audited.switchField())).isPresent()
                ? audited.offOperation() : audited.operation();
        try {
            recorder.record(new AttemptRefused(operation.wire(), audited.resource().wire(), filedUnder(request),
                    currentRequest.concernedResource().orElse(null), status, String.valueOf(problem.get("cspdeskCode")),
                    bounded(String.valueOf(problem.get("detail"))), attempted.map(AttemptedBody::recorded).orElse(null),
                    currentRequest.actor(), OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            // The client still gets its refusal; the failure to record it is an incident for operators.
            LOG.log(Level.SEVERE, "Could not record a refused attempt of " + operation.wire(), e);
        }
    }

    /** Whether this caller's refusals in this window are past what is recorded (and, just past it, says so once). */
    private boolean overTheRecordingLimit() {
        int cap = limits.recordedRefusalsPerCaller(currentRequest.isCustomerUser());
        if (cap <= 0) {
            return false;
        }
        String bucket = Throttling.callerBucket("refusals", currentRequest.actor());
        int refusals = counts.count(List.of(new RequestCounts.Bucket(bucket, cap)), limits.windowSeconds())
                .byBucket().getOrDefault(bucket, 0);
        if (refusals == cap + 1) {
            LOG.warning(() -> currentRequest.actor().userPrincipalName() + " (tenant " + currentRequest.actor().tenantId()
                    + ") was refused more than " + cap + " times in " + limits.windowSeconds()
                    + " s; its further refusals in this window are not recorded in the activity log.");
        }
        return refusals > cap;
    }

    /** The customer whose log holds the record: a customer user's own; else the one the request named. */
    private UUID filedUnder(ContainerRequestContext request) {
        if (currentRequest.isCustomerUser()) {
            try {
                return currentRequest.customerTenant().orElse(null);
            } catch (ApiProblem notACustomerTenant) {
                return null;
            }
        }
        if (currentRequest.concernedCustomer().isPresent()) {
            return currentRequest.concernedCustomer().get();
        }
        var path = request.getUriInfo().getPathParameters();
        String candidate = path.getFirst("customerId");
        if (candidate == null && path.getFirst("policyId") != null) {
            String policyId = path.getFirst("policyId");
            candidate = policyId.substring(policyId.lastIndexOf('_') + 1);
        }
        try {
            return candidate == null ? null : UUID.fromString(candidate);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The body when the refusal came before the resource read it (a role check), read as strictly. */
    private Optional<JsonValue> unread(Method method) {
        try {
            return AttemptedBody.ofUnread(method, http.getInputStream());
        } catch (IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static String bounded(String detail) {
        return detail.length() <= MAX_DETAIL_CHARS ? detail : detail.substring(0, MAX_DETAIL_CHARS) + "...";
    }
}
