package org.cspdesk.platform.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * {@code MS-RequestId} on a write: the first request with an id acts and its answer is kept; a retry
 * with the same id and body gets that answer again and changes nothing; the same id with another body
 * is a 409. A retry that arrives while the first is still running is told to retry (409).
 */
@Provider
public class IdempotentWrites implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String CLAIMED = "cspdesk.idempotency.claimed";
    /** Set on a request answered with a kept answer: it did nothing, so nothing about it is recorded. */
    static final String REPLAYED = "cspdesk.idempotency.replayed";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    CurrentRequest currentRequest;

    @Inject
    IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        Optional<String> requestId = currentRequest.requestId();
        if (requestId.isEmpty() || currentRequest.actor().tenantId() == null) {
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String path = request.getUriInfo().getPath();
        Optional<IdempotencyStore.Kept> kept = store.claim(tenant(), requestId.get(), request.getMethod(), path,
                sha256(body));
        if (kept.isEmpty()) {
            request.setProperty(CLAIMED, requestId.get());
            return;
        }
        IdempotencyStore.Kept first = kept.get();
        if (!first.method().equals(request.getMethod()) || !first.path().equals(path)
                || !first.bodySha256().equals(sha256(body))) {
            throw ApiProblem.conflict("request_id_reused",
                    "MS-RequestId " + requestId.get() + " was used for another request; use a new id for a new request.");
        }
        if (first.status() == null) {
            throw ApiProblem.conflict("request_in_progress",
                    "The request with MS-RequestId " + requestId.get() + " is still being processed; retry shortly.");
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header("MS-RequestId", requestId.get());
        if (first.body() != null) {
            replay.entity(first.body()).type(first.contentType());
        }
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        if (first.etag() != null) {
            replay.header(HttpHeaders.ETAG, first.etag());
        }
        request.setProperty(REPLAYED, Boolean.TRUE);
        request.abortWith(replay.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(CLAIMED);
        if (requestId == null) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.forget(tenant(), requestId.toString());
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSONB.toJson(entity);
        store.keep(tenant(), requestId.toString(), response.getStatus(),
                response.getMediaType() == null ? null : response.getMediaType().toString(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body);
    }

    private String tenant() {
        return currentRequest.actor().tenantId();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("SHA-256 is part of every JDK", e));
        }
    }
}
