package org.cspdesk.platform.web;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/** The {@code MS-RequestId} this request holds, once {@link IdempotentWrites} was granted it. */
@RequestScoped
public class RequestIdClaim {

    /** The tenant the id belongs to, the id, and the token that proves this request holds it. */
    record Held(String tenant, String requestId, UUID token) {
    }

    private Held held;

    void hold(String tenant, String requestId, UUID token) {
        held = new Held(tenant, requestId, token);
    }

    Optional<Held> held() {
        return Optional.ofNullable(held);
    }
}
