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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code MS-RequestId} on a write: the first request with an id acts and its answer is kept; a retry with
 * the same id and body gets that answer again and changes nothing; the same id with another body is a 409.
 * A retry that arrives while the first is still running is a 409 {@code request_in_progress} with
 * {@code Retry-After}; a claim left by a process that died is free again after {@link IdempotencyStore#LEASE}
 * unless that request had acted ({@link ClaimActsWithTheChange}).
 */
@Provider
public class IdempotentWrites implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Set on a retry answered for its first request (replayed, or told to wait): nothing about it is recorded. */
    static final String REPLAYED = "cspdesk.idempotency.replayed";
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Logger LOG = Logger.getLogger(IdempotentWrites.class.getName());

    @Inject
    CurrentRequest currentRequest;

    @Inject
    IdempotencyStore store;

    @Inject
    RequestIdClaim claim;

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
        String id = requestId.get();
        IdempotencyStore.Outcome outcome = store.claim(tenant(), id, new IdempotencyStore.Fingerprint(
                currentRequest.actor().userPrincipalName().toLowerCase(Locale.ROOT), request.getMethod(),
                request.getUriInfo().getPath(), sha256(body)));
        if (outcome instanceof IdempotencyStore.Granted granted) {
            claim.hold(tenant(), id, granted.token());
        } else if (outcome instanceof IdempotencyStore.Kept kept) {
            request.setProperty(REPLAYED, Boolean.TRUE);
            request.abortWith(replay(id, kept));
        } else if (outcome instanceof IdempotencyStore.InProgress inProgress) {
            request.setProperty(REPLAYED, Boolean.TRUE); // the first request's outcome is the one recorded
            throw ApiProblem.tryAgain(409, "request_in_progress", "Conflict", "The request with MS-RequestId " + id
                    + " is still being processed; retry it after the time in Retry-After.", inProgress.retryAfterSeconds());
        } else if (outcome instanceof IdempotencyStore.AnswerLost) {
            request.setProperty(REPLAYED, Boolean.TRUE);
            throw ApiProblem.conflict("request_answer_lost", "The request with MS-RequestId " + id + " was carried"
                    + " out, but its answer was lost when the server that ran it stopped. Read the resource to see"
                    + " the result; do not send it again with a new id unless you want it done twice.");
        } else {
            throw ApiProblem.conflict("request_id_reused",
                    "MS-RequestId " + id + " was used for another request; use a new id for a new request.");
        }
    }

    private static Response replay(String requestId, IdempotencyStore.Kept first) {
        Response.ResponseBuilder replay = Response.status(first.status()).header("MS-RequestId", requestId);
        if (first.body() != null) {
            replay.entity(first.body()).type(first.contentType());
        }
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        if (first.etag() != null) {
            replay.header(HttpHeaders.ETAG, first.etag());
        }
        return replay.build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<RequestIdClaim.Held> held = claim.held();
        if (held.isEmpty()) {
            return;
        }
        RequestIdClaim.Held mine = held.get();
        try {
            if (response.getStatus() >= 500 || asksToReadAgain(response)) {
                // Safe after a failed commit too: forget spares a claim whose change committed (acted).
                store.forget(mine.tenant(), mine.requestId(), mine.token());
                return;
            }
            Object entity = response.getEntity();
            String body = entity == null ? null : entity instanceof String text ? text : JSONB.toJson(entity);
            store.keep(mine.tenant(), mine.requestId(), mine.token(), response.getStatus(),
                    response.getMediaType() == null ? null : response.getMediaType().toString(),
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG), body);
        } catch (RuntimeException e) {
            // The client keeps its answer. The claim stays as it is: a retry is told "in progress" until its
            // lease ends, then acts (if this request did not) or hears that the answer was lost (if it did).
            LOG.log(Level.WARNING, "Could not keep the answer of MS-RequestId " + mine.requestId(), e);
        }
    }

    /**
     * A refusal that says the resource moved on (a stale or missing {@code If-Match}, a concurrent change):
     * nothing acted, and the client is told to read the resource and send the request again, which it does
     * with the same id. Kept, its answer would refuse that retry for 48 hours.
     */
    private static boolean asksToReadAgain(ContainerResponseContext response) {
        int status = response.getStatus();
        return status == 412 || status == 428 || status == 409 && response.getEntity() instanceof Map<?, ?> problem
                && "concurrent_change".equals(problem.get("cspdeskCode"));
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
