package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.ApiProblem;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a reservation's discount applies: its subscription, a resource group of it, or shared across
 * the customer's subscriptions. A resource group is named only with the resourceGroup scope.
 */
public record Placement(UUID subscriptionId, ReservationScope scope, String resourceGroup) {
    /** Azure's rule for resource group names: 1 to 90 letters, digits, _ ( ) - . and not ending with a dot. */
    private static final Pattern RESOURCE_GROUP = Pattern.compile("[\\p{L}\\p{N}_()\\-.]{0,89}[\\p{L}\\p{N}_()\\-]");

    public Placement {
        if (scope == ReservationScope.RESOURCE_GROUP) {
            if (resourceGroup == null || !RESOURCE_GROUP.matcher(resourceGroup).matches()) {
                throw ApiProblem.badRequest("invalid_resource_group", "Scope resourceGroup needs 'resourceGroup': "
                        + "1 to 90 letters, digits, _ ( ) - or . and not ending with a dot"
                        + (resourceGroup == null ? "." : " (got '" + resourceGroup + "')."));
            }
        } else if (resourceGroup != null) {
            throw ApiProblem.badRequest("invalid_resource_group", "'resourceGroup' is only for scope resourceGroup"
                    + " (the scope is " + scope.wire() + ").");
        }
    }
}
