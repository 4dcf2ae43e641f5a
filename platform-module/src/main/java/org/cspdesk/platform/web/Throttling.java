package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Too many requests from one caller, or from one tenant, in the current window: 429 {@code throttled}
 * with {@code Retry-After} (the seconds left in the window), as Partner Center answers. Counted in
 * PostgreSQL ({@link RequestCounts}), so several instances share one limit. Runs before anything else
 * reads the request; a throttled request is not recorded in the activity log (a flood would fill it).
 * Health and the OpenAPI document are not served by JAX-RS and are never throttled.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 50)
public class Throttling implements ContainerRequestFilter {

    @Inject
    CurrentRequest currentRequest;

    @Inject
    RateLimits limits;

    @Inject
    RequestCounts counts;

    @Override
    public void filter(ContainerRequestContext request) {
        if (currentRequest.caller().isEmpty()) {
            return; // unauthenticated: refused by the roles check, before any work
        }
        boolean customer = currentRequest.isCustomerUser();
        Actor actor = currentRequest.actor();
        int perCaller = limits.perCaller(customer);
        int perTenant = limits.perTenant(customer);
        List<RequestCounts.Bucket> buckets = new ArrayList<>(2);
        if (perCaller > 0) {
            buckets.add(new RequestCounts.Bucket(callerBucket("requests", actor), perCaller));
        }
        if (perTenant > 0) {
            buckets.add(new RequestCounts.Bucket("requests:tenant:" + actor.tenantId(), perTenant));
        }
        if (buckets.isEmpty()) {
            return;
        }
        RequestCounts.Counts counted = counts.count(buckets, limits.windowSeconds());
        if (perCaller > 0 && counted.byBucket().getOrDefault(buckets.get(0).name(), 0) > perCaller) {
            throw throttled("you", perCaller, counted.secondsLeft());
        }
        if (perTenant > 0 && counted.byBucket().getOrDefault(buckets.get(buckets.size() - 1).name(), 0) > perTenant) {
            throw throttled("your organization", perTenant, counted.secondsLeft());
        }
    }

    /** A caller: its tenant and its user principal name (or, for an application, its client id). */
    static String callerBucket(String kind, Actor actor) {
        return kind + ":caller:" + actor.tenantId() + ":" + actor.userPrincipalName().toLowerCase(Locale.ROOT);
    }

    private ApiProblem throttled(String who, int limit, int secondsLeft) {
        return ApiProblem.tryAgain(429, "throttled", "Too many requests", "More than " + limit + " requests from "
                + who + " in " + limits.windowSeconds() + " seconds; retry after the time in Retry-After.", secondsLeft);
    }
}
