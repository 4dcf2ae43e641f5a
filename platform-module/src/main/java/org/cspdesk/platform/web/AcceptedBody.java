package org.cspdesk.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonValue;

import java.util.Optional;

/** The request body as read, validated and made fit for the activity log; empty until one is read. */
@RequestScoped
public class AcceptedBody {
    private JsonValue loggable;

    void accept(JsonValue loggable) {
        this.loggable = loggable;
    }

    Optional<JsonValue> loggable() {
        return Optional.ofNullable(loggable);
    }
}
