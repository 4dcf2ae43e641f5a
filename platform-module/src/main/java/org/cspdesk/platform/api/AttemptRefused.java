package org.cspdesk.platform.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An audited write was refused (HTTP 4xx). Fired after the refused change rolled back, in a
 * transaction of its own, so that the refusal is on record although nothing changed.
 *
 * @param attemptedValue the request body as sent (JSON), when there was one and it was small
 */
public record AttemptRefused(String operationType, String resourceType, UUID customerId, String resourceName,
                             int status, String code, String detail, String attemptedValue, Actor actor,
                             OffsetDateTime at) {
}
