package org.cspdesk.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.permissions.api.SelfServePolicyDirectory;
import org.cspdesk.permissions.api.SelfServePolicySummary;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The permissions module's answer to {@link SelfServePolicyDirectory}. */
@ApplicationScoped
public class JpaSelfServePolicyDirectory implements SelfServePolicyDirectory {

    @Inject
    Policies policies;

    @Override
    public Map<UUID, SelfServePolicySummary> currentPolicies(Collection<UUID> customerIds) {
        return policies.findByCustomers(customerIds).stream()
                .map(p -> new SelfServePolicySummary(p.id(), p.customerId(), p.permissionNames(), p.createdAt(),
                        p.createdBy()))
                .collect(Collectors.toMap(SelfServePolicySummary::customerId, Function.identity()));
    }

    @Override
    public long countGranting(String resource) {
        return policies.countGranting(resource);
    }
}
