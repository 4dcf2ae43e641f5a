package org.cspdesk.permissions.api;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Looks up the current self-serve policies of many customers, for reports that must not ask once per row. */
public interface SelfServePolicyDirectory {

    /** The policies of those of {@code customerIds} that have one (a customer without one is off). One query. */
    Map<UUID, SelfServePolicySummary> currentPolicies(Collection<UUID> customerIds);

    /** How many customers' policies grant {@code resource} (e.g. AzureReservedInstances) now. One query. */
    long countGranting(String resource);
}
