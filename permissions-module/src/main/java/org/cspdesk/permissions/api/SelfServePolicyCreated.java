package org.cspdesk.permissions.api;

import org.cspdesk.platform.api.Actor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A customer was allowed to buy on the partner's bill ("Create Customer Purchase Permissions"). */
public record SelfServePolicyCreated(String policyId, UUID customerId, List<String> permissions, Actor actor,
                                     OffsetDateTime at) {
}
