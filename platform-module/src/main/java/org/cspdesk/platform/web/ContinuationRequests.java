package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.Echo;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The next page, asked for the way Partner Center's clients ask (ADR 0015): the token in the {@code
 * MS-ContinuationToken} header with {@code seekOperation=Next} (the SDKs' seek queries and {@code links.next}),
 * in an {@code MS-ContinuationToken} query parameter (the Java SDK's activity-log query), or in our own
 * {@code continuationToken} parameter. Before any resource method is chosen, the one token is moved into
 * {@code continuationToken}, and the parameters the request leaves out are taken from the request its token
 * was issued with: {@code GET /v1/customers?seekOperation=Next} continues the filter and page size of the
 * first page. A parameter the request does send must still agree with the token's query (the resource
 * checks it, as before: 400 {@code invalid_continuation_token}).
 *
 * <p>Refused here: two different tokens in one request ({@code conflicting_continuation_tokens}), a
 * {@code seekOperation} other than {@code Next} ({@code invalid_seek_operation}: pages only go forward), and
 * {@code seekOperation=Next} without a token ({@code missing_continuation_token}).
 */
@Provider
@PreMatching
@Priority(Priorities.USER)
public class ContinuationRequests implements ContainerRequestFilter {
    /** Our own parameter, the one resource methods declare. */
    public static final String TOKEN_PARAMETER = "continuationToken";
    /** Partner Center's header, and the Java SDK's query parameter of the same name. */
    public static final String PARTNER_CENTER_TOKEN = "MS-ContinuationToken";
    public static final String SEEK_OPERATION = "seekOperation";
    /** Request property: the names of the query parameters as the client sent them, for {@link DeclaredParameters}. */
    static final String SENT_NAMES = "org.cspdesk.platform.sentParameterNames";
    /** Request property: the path under {@code /v1} and the parameters of the page, but the continuation ones. */
    static final String PAGED = "org.cspdesk.platform.paged";
    /** Request property: the token this request continues with, if any. */
    static final String TOKEN = "org.cspdesk.platform.continuationToken";

    @Inject
    ContinuationTokens tokens;

    @Inject
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (http.getAttribute(Caller.ATTRIBUTE) == null) {
            return; // unauthenticated: refused by the roles check, before any work
        }
        URI uri = request.getUriInfo().getRequestUri();
        List<QueryParameters.Parameter> sent;
        try {
            sent = QueryParameters.parse(uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return; // not decodable: JAX-RS answers it as it always did
        }
        request.setProperty(SENT_NAMES, sent.stream().map(QueryParameters.Parameter::name).toList());

        Set<String> given = new LinkedHashSet<>();
        List<String> seek = new ArrayList<>();
        List<QueryParameters.Parameter> rest = new ArrayList<>();
        for (QueryParameters.Parameter parameter : sent) {
            switch (parameter.name()) {
                case TOKEN_PARAMETER, PARTNER_CENTER_TOKEN -> {
                    if (!parameter.value().isEmpty()) {
                        given.add(parameter.value());
                    }
                }
                case SEEK_OPERATION -> seek.add(parameter.value());
                default -> rest.add(parameter);
            }
        }
        for (String header : request.getHeaders().getOrDefault(PARTNER_CENTER_TOKEN, List.of())) {
            if (!header.isBlank()) {
                given.add(header.trim());
            }
        }
        if (given.size() > 1) {
            throw ApiProblem.badRequest("conflicting_continuation_tokens", "The request carries " + given.size()
                    + " different continuation tokens (in the MS-ContinuationToken header, the MS-ContinuationToken or "
                    + "the continuationToken parameter); send the one of the page to continue.");
        }
        for (String operation : seek) {
            if (!operation.toLowerCase(Locale.ROOT).equals("next")) {
                throw ApiProblem.badRequest("invalid_seek_operation", "'seekOperation' can only be Next (got '"
                        + Echo.shortly(operation) + "'): pages are read forward, from the first one.")
                        .with("parameter", SEEK_OPERATION);
            }
        }
        if (!seek.isEmpty() && given.isEmpty()) {
            throw ApiProblem.badRequest("missing_continuation_token", "'seekOperation=Next' needs the continuation "
                    + "token of the page before, in the MS-ContinuationToken header.");
        }
        String path = path(request.getUriInfo().getBaseUri(), uri);
        if (given.isEmpty()) {
            paged(request, path, rest);
            return;
        }
        String token = given.iterator().next();
        ContinuationTokens.Opened opened = tokens.open(token);
        int mark = opened.request().indexOf('?');
        String tokenPath = mark < 0 ? opened.request() : opened.request().substring(0, mark);
        if (!tokenPath.equals(path)) {
            throw ApiProblem.badRequest("invalid_continuation_token",
                    "The continuation token belongs to another list; send it to the list it came from.");
        }
        Set<String> named = new HashSet<>();
        rest.forEach(parameter -> named.add(parameter.name()));
        String tokenQuery = mark < 0 ? null : opened.request().substring(mark + 1);
        for (QueryParameters.Parameter inherited : QueryParameters.parse(tokenQuery)) {
            if (!named.contains(inherited.name())) {
                rest.add(inherited);
            }
        }
        paged(request, path, rest);
        request.setProperty(TOKEN, token);
        List<QueryParameters.Parameter> resolved = new ArrayList<>(rest);
        resolved.add(new QueryParameters.Parameter(TOKEN_PARAMETER, token));
        String query = QueryParameters.format(resolved);
        request.setRequestUri(request.getUriInfo().getBaseUri(),
                URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + query));
    }

    private void paged(ContainerRequestContext request, String path, List<QueryParameters.Parameter> parameters) {
        String query = QueryParameters.format(parameters);
        String paged = query.isEmpty() ? path : path + "?" + query;
        request.setProperty(PAGED, paged);
        http.setAttribute(ContinuationTokens.PAGED_REQUEST_ATTRIBUTE, paged);
    }

    /** The request's path under {@code /v1}, still encoded, without slashes at either end: {@code customers/{id}/users}. */
    static String path(URI baseUri, URI requestUri) {
        String raw = requestUri.getRawPath() == null ? "" : requestUri.getRawPath();
        String base = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        String path = raw.startsWith(base) ? raw.substring(base.length()) : raw;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
