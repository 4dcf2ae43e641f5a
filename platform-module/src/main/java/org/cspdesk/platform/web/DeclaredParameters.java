package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the endpoint does not take is refused, 400 {@code unknown_parameter} naming it, never
 * ignored: {@code ?fliter=...} or a Partner Center parameter CSP Desk does not have ({@code order_id}) would
 * otherwise answer as if it had not been sent. What an endpoint takes is what its resource method declares
 * with {@code @QueryParam} (Partner Center's other spellings included, such as {@code entity_Id}); a paged
 * list, one that declares {@code continuationToken}, also takes {@code MS-ContinuationToken} and
 * {@code seekOperation} ({@link ContinuationRequests}). Runs after the roles check: a caller who may not
 * call the endpoint hears that first.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 20)
public class DeclaredParameters implements ContainerRequestFilter {
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Collection<String> sent = sentNames(request);
        if (sent == null || sent.isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, DeclaredParameters::declared);
        for (String name : sent) {
            if (!declared.contains(name)) {
                throw unknown(name, declared);
            }
        }
    }

    static ApiProblem unknown(String name, Set<String> declared) {
        String takes = declared.isEmpty() ? "it takes no query parameters"
                : "it takes " + String.join(", ", declared);
        return ApiProblem.badRequest("unknown_parameter", "'" + Echo.shortly(name) + "' is not a query parameter of "
                + "this endpoint; " + takes + ".").with("parameter", Echo.shortly(name));
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> sentNames(ContainerRequestContext request) {
        Object names = request.getProperty(ContinuationRequests.SENT_NAMES);
        if (names != null) {
            return (List<String>) names;
        }
        try {
            return request.getUriInfo().getQueryParameters().keySet();
        } catch (IllegalArgumentException e) {
            return null; // not decodable: JAX-RS answers it as it always did
        }
    }

    /** The query parameters a resource method declares, in its order, with the continuation ones of a paged list. */
    static Set<String> declared(Method method) {
        Set<String> names = new LinkedHashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        if (names.contains(ContinuationRequests.TOKEN_PARAMETER)) {
            names.add(ContinuationRequests.PARTNER_CENTER_TOKEN);
            names.add(ContinuationRequests.SEEK_OPERATION);
        }
        return Collections.unmodifiableSet(names);
    }
}
