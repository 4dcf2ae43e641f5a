package org.cspdesk.platform.api;

import java.util.UUID;

/** Ids in paths and bodies are UUIDs; anything else is the client's mistake, told as a 400. */
public final class Ids {
    private Ids() {
    }

    public static UUID parse(String value, String name) {
        if (value != null && value.length() == 36) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                // fall through to the problem below
            }
        }
        throw ApiProblem.badRequest("invalid_id", "'" + name + "' must be a UUID such as "
                + "3fa85f64-5717-4562-b3fc-2c963f66afa6 (got '" + Echo.shortly(value) + "').");
    }
}
