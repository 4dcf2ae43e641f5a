package org.cspdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.CurrentRequest;

/** Every answer names the correlation id its records were filed under, sent or generated. */
@Provider
public class CorrelationIdHeader implements ContainerResponseFilter {

    @Inject
    CurrentRequest currentRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(CurrentRequest.CORRELATION_HEADER, currentRequest.correlationId());
    }
}
