package org.cspdesk.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * A {@code Location} names our resource at our address, never at the one the client claimed: resources build
 * it from {@code UriInfo}, whose host is the request's {@code Host} header (or the host of an absolute request
 * line), so {@code Host: evil.example} got {@code Location: http://evil.example/...}, for a cache or a
 * proxy to pass on. Only the path and query the resource built are kept, behind {@code cspdesk.public.base.url}
 * ({@code CSPDESK_PUBLIC_BASE_URL}, the address clients reach the server's root at) when it is configured;
 * without it the Location is that path, which a client resolves against the address it called (RFC 9110
 * allows a relative Location). Jersey is told not to make the path absolute again (CspDeskApplication).
 */
@Provider
// Response filters run from the highest priority down: this one before IdempotentWrites keeps the answer.
@Priority(Priorities.USER + 100)
public class TrustedLocation implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "cspdesk.public.base.url")
    Optional<String> publicBaseUrl;

    private String base = "";

    @PostConstruct
    void readBase() {
        base = publicBaseUrl.map(TrustedLocation::validated).orElse("");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI built = location instanceof URI uri ? uri : URI.create(location.toString());
        String pathAndQuery = (built.getRawPath() == null ? "/" : built.getRawPath())
                + (built.getRawQuery() == null ? "" : "?" + built.getRawQuery());
        response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(base + pathAndQuery));
    }

    /** An absolute http(s) address without query or fragment; a trailing slash is dropped. */
    static String validated(String configured) {
        URI uri = URI.create(configured.trim());
        boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        if (!web || uri.getRawAuthority() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("cspdesk.public.base.url must be an http or https address such as "
                    + "https://cspdesk.example.com, without query or fragment; got '" + configured + "'");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
