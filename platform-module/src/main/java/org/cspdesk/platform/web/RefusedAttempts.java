package org.cspdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.AttemptRefused;
import org.cspdesk.platform.api.CurrentRequest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Every refusal of an {@link Audited} endpoint lands in the activity log as a failed attempt: who tried,
 * what, on which customer, and why (the problem's code and detail). 401 is not recorded: nobody is known;
 * nor is a retry with the same {@code MS-RequestId}: it gets the first answer again and does nothing more.
 */
@Provider
public class RefusedAttempts implements ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(RefusedAttempts.class.getName());
    private static final int MAX_ATTEMPT_BYTES = 8 * 1024;

    @Context
    ResourceInfo resourceInfo;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    RefusedAttemptRecorder recorder;

    @Inject
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (status < 400 || status >= 500 || status == 401 || method == null || !method.isAnnotationPresent(Audited.class)) {
            return;
        }
        if (request.getProperty(IdempotentWrites.REPLAYED) != null) {
            return; // a retry answered with the first attempt's refusal, which is recorded already
        }
        Audited audited = method.getAnnotation(Audited.class);
        Map<?, ?> problem = response.getEntity() instanceof Map<?, ?> map ? map : Map.of();
        String attempted = unreadBody();
        String operationType = audited.operationType();
        if (!audited.switchField().isEmpty() && attempted != null && Pattern.compile(
                "\"" + Pattern.quote(audited.switchField()) + "\"\\s*:\\s*false").matcher(attempted).find()) {
            operationType = audited.offOperationType();
        }
        try {
            recorder.record(new AttemptRefused(operationType, audited.resourceType(), customer(request),
                    currentRequest.concernedResource().orElse(null), status, String.valueOf(problem.get("code")),
                    String.valueOf(problem.get("detail")), attempted, currentRequest.actor(),
                    OffsetDateTime.now(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            // The client still gets its refusal; the failure to record it is an incident for operators.
            LOG.log(Level.SEVERE, "Could not record a refused attempt of " + operationType, e);
        }
    }

    private UUID customer(ContainerRequestContext request) {
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

    /** The body, when the refusal came before the resource read it (a role check); else null. */
    private String unreadBody() {
        try {
            InputStream in = http.getInputStream();
            byte[] body = in.readNBytes(MAX_ATTEMPT_BYTES);
            return body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        } catch (IOException | IllegalStateException e) {
            return null;
        }
    }
}
