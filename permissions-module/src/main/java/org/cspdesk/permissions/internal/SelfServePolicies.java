package org.cspdesk.permissions.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.permissions.api.SelfServePolicyCreated;
import org.cspdesk.permissions.api.SelfServePolicyDeleted;
import org.cspdesk.permissions.api.SelfServePolicyUpdated;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.subscriptions.api.PrerequisitesReport;
import org.cspdesk.subscriptions.api.PurchasePrerequisites;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Creates, changes and deletes self-serve policies (docs/rules.md rules 1 to 4 and 10). Before a
 * permission is granted the subscriptions module is asked whether the prerequisites are met. Every
 * change is written (and its optimistic lock checked) before its event is fired, so a change that loses
 * a race is refused before anything is recorded, and the record commits with the change or not at all.
 */
@ApplicationScoped
public class SelfServePolicies {

    @Inject
    Policies policies;

    @Inject
    CustomerDirectory customers;

    @Inject
    PurchasePrerequisites prerequisites;

    @Inject
    PartnerIdentity partner;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<SelfServePolicyCreated> created;

    @Inject
    Event<SelfServePolicyUpdated> updated;

    @Inject
    Event<SelfServePolicyDeleted> deleted;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public SelfServePolicy create(UUID customerId, Set<PurchasableResource> resources) {
        customers.require(customerId);
        if (policies.findByCustomer(customerId).isPresent()) {
            throw ApiProblem.conflict("policy_exists", "Customer " + customerId
                    + " already has a self-serve policy; update it instead.");
        }
        return insert(customerId, resources);
    }

    /** Creates the policy of a customer known to have none, once its prerequisites hold. */
    private SelfServePolicy insert(UUID customerId, Set<PurchasableResource> resources) {
        requirePrerequisites(customerId, resources);
        SelfServePolicy policy = new SelfServePolicy(partner.tenantId(), customerId, resources,
                currentRequest.userPrincipalName(), now());
        policies.add(policy);
        // Stamped after the insert: it may have waited for a concurrent delete of the previous policy to
        // commit, and the activity log (ordered by operation date) must show that delete first.
        created.fire(new SelfServePolicyCreated(policy.id(), customerId, policy.permissionNames(),
                currentRequest.actor(), now()));
        return policy;
    }

    @Transactional
    public SelfServePolicy update(String policyId, long expectedVersion, Set<PurchasableResource> resources) {
        SelfServePolicy policy = existing(policyId);
        if (policy.version() != expectedVersion) {
            throw ApiProblem.preconditionFailed("The policy changed since you read it (your etag is stale); "
                    + "read it again and retry.");
        }
        Set<PurchasableResource> added = EnumSet.copyOf(resources);
        added.removeAll(policy.resources());
        if (!added.isEmpty()) {
            requirePrerequisites(policy.customerId(), added);
        }
        List<String> before = policy.permissionNames();
        policy.grant(resources, now());
        policies.saveNow(policy);
        updated.fire(new SelfServePolicyUpdated(policy.id(), policy.customerId(), before, policy.permissionNames(),
                currentRequest.actor(), now()));
        return policy;
    }

    @Transactional
    public void delete(String policyId, Long expectedVersion) {
        SelfServePolicy policy = existing(policyId);
        if (expectedVersion != null && policy.version() != expectedVersion) {
            throw ApiProblem.preconditionFailed("The policy changed since you read it (your etag is stale); "
                    + "read it again and retry.");
        }
        policies.removeNow(policy);
        deleted.fire(new SelfServePolicyDeleted(policy.id(), policy.customerId(), policy.permissionNames(),
                currentRequest.actor(), now()));
    }

    /**
     * The Account page's switch for one resource: grants or withdraws it, creating or deleting the
     * policy as needed. Idempotent: switching to the state it is already in changes and records nothing.
     */
    @Transactional
    public Optional<SelfServePolicy> switchTo(UUID customerId, PurchasableResource resource, boolean allow) {
        customers.require(customerId);
        Optional<SelfServePolicy> current = policies.findByCustomer(customerId);
        if (current.isEmpty()) {
            return allow ? Optional.of(insert(customerId, EnumSet.of(resource))) : Optional.empty();
        }
        SelfServePolicy policy = current.get();
        if (policy.grants(resource) == allow) {
            return current;
        }
        Set<PurchasableResource> next = policy.resources();
        if (allow) {
            next.add(resource);
        } else {
            next.remove(resource);
        }
        if (next.isEmpty()) {
            delete(policy.id(), policy.version());
            return Optional.empty();
        }
        return Optional.of(update(policy.id(), policy.version(), next));
    }

    public Optional<SelfServePolicy> find(String policyId) {
        return policies.find(policyId);
    }

    public Optional<SelfServePolicy> findByCustomer(UUID customerId) {
        return policies.findByCustomer(customerId);
    }

    /** The customer's policy, if any; 404 for a customer that is not the partner's. */
    public Optional<SelfServePolicy> ofCustomer(UUID customerId) {
        customers.require(customerId);
        return policies.findByCustomer(customerId);
    }

    private SelfServePolicy existing(String policyId) {
        return policies.find(policyId).orElseThrow(() -> PolicyProblems.notFound(policyId));
    }

    private void requirePrerequisites(UUID customerId, Set<PurchasableResource> resources) {
        for (PurchasableResource resource : resources) {
            PrerequisitesReport report = prerequisites.check(customerId, resource.wire());
            if (!report.met()) {
                String fixes = String.join(" ", report.failedChecks().stream().map(c -> c.detail()).toList());
                throw ApiProblem.conflict("prerequisites_not_met", "The customer cannot be allowed to buy "
                        + resource.wire() + " yet. " + fixes).with("failedChecks", report.failedChecks());
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
