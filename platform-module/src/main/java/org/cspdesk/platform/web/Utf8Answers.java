package org.cspdesk.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Every answer is written in UTF-8, whatever charset the {@code Accept} header names: Jersey takes the charset
 * of the accepted type for the answer, so {@code Accept: application/json;charset=ebcdic} was a 500 (no such
 * charset) and {@code charset=ISO-8859-1} turned every character outside Latin-1 into '?'. JSON between
 * systems is UTF-8 (RFC 8259), and so is the CSV export.
 */
@Provider
// Response filters run from the highest priority down: this one before IdempotentWrites keeps the answer.
@Priority(Priorities.USER + 100)
public class Utf8Answers implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null || charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            return;
        }
        Map<String, String> parameters = new HashMap<>(type.getParameters());
        parameters.put(MediaType.CHARSET_PARAMETER, StandardCharsets.UTF_8.name());
        response.getHeaders().putSingle("Content-Type", new MediaType(type.getType(), type.getSubtype(), parameters));
    }
}
