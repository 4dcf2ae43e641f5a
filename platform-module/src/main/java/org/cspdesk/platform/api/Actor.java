package org.cspdesk.platform.api;

import java.util.Objects;

/**
 * Who made a change, as the activity log records it. Travels inside every change event.
 *
 * @param userPrincipalName the caller's UPN ({@code upn} claim), or {@code system}
 * @param operatorType      partner staff, a customer's user, or the system
 * @param tenantId          the tenant the caller belongs to ({@code tid} claim)
 * @param applicationId     the client application, when the token names one ({@code azp} claim)
 * @param correlationId     ties together every record of one request ({@code MS-CorrelationId})
 */
public record Actor(String userPrincipalName, OperatorType operatorType, String tenantId,
                    String applicationId, String correlationId) {

    public Actor {
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(operatorType, "operatorType");
    }

    public static Actor system(String correlationId) {
        return new Actor("system", OperatorType.SYSTEM, null, null, correlationId);
    }
}
