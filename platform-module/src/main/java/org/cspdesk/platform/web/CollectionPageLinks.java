package org.cspdesk.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.CollectionLinks;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.Link;

import java.util.List;

/**
 * Every collection page leaves with Partner Center's {@code links} (ADR 0015): {@code self}, the page, and
 * {@code next} when there is a next page, {@code {"uri": "/customers?size=2&seekOperation=Next", "method":
 * "GET", "headers": [{"key": "MS-ContinuationToken", "value": <token>}]}}, which is how both SDKs' enumerators
 * fetch it. The uri is relative to {@code /v1}, as Partner Center's are, and built from the request's path and
 * parameters only, never from its {@code Host}. The {@code continuationToken} member stays beside it.
 */
@Provider
public class CollectionPageLinks implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof CollectionPage<?> page) || page.links() != null) {
            return;
        }
        Object paged = request.getProperty(ContinuationRequests.PAGED);
        String uri = "/" + (paged == null ? ContinuationRequests.path(request.getUriInfo().getBaseUri(),
                request.getUriInfo().getRequestUri()) : paged.toString());
        Object token = request.getProperty(ContinuationRequests.TOKEN);
        Link self = token == null ? Link.get(uri, List.of()) : next(uri, token.toString());
        Link next = page.continuationToken() == null ? null : next(uri, page.continuationToken());
        CollectionPage<?> linked = page.withLinks(new CollectionLinks(self, next));
        response.setEntity(new GenericEntity<>(linked, response.getEntityType()), response.getEntityAnnotations(),
                response.getMediaType());
    }

    private static Link next(String uri, String token) {
        String seek = ContinuationRequests.SEEK_OPERATION + "=Next";
        return Link.get(uri + (uri.contains("?") ? "&" : "?") + seek,
                List.of(new Link.Header(ContinuationRequests.PARTNER_CENTER_TOKEN, token)));
    }
}
