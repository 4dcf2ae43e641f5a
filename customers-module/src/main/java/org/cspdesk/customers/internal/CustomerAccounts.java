package org.cspdesk.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerAdded;
import org.cspdesk.customers.api.CustomerBillingProfileUpdated;
import org.cspdesk.customers.api.CustomerUserCreated;
import org.cspdesk.customers.api.CustomerUserDeleted;
import org.cspdesk.customers.api.CustomerUserUpdated;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Adds customers and their users, replaces billing profiles and deletes users. Every change is announced with
 * an event fired inside its own transaction, so whoever records it (the activity log) or depends on it (the
 * subscriptions module, for a deleted user's roles) commits or rolls back with it.
 */
@ApplicationScoped
public class CustomerAccounts {

    @Inject
    Customers customers;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<CustomerAdded> customerAdded;

    @Inject
    Event<CustomerBillingProfileUpdated> billingProfileUpdated;

    @Inject
    Event<CustomerUserCreated> userCreated;

    @Inject
    Event<CustomerUserDeleted> userDeleted;

    @Inject
    Event<CustomerUserUpdated> userUpdated;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Customer add(String domain, String companyName, String companyEmail, String organizationRegistrationNumber,
                        BillingProfile billingProfile) {
        if (customers.domainTaken(domain)) {
            throw ApiProblem.conflict("domain_taken",
                    "A customer with the domain '" + domain + "' already exists; domains are unique.");
        }
        Customer customer = new Customer(domain, companyName, companyEmail, organizationRegistrationNumber,
                billingProfile, now());
        customers.add(customer);
        customerAdded.fire(new CustomerAdded(customer.id(), customer.companyName(), customer.domain(),
                currentRequest.actor(), customer.createdAt()));
        return customer;
    }

    /**
     * Replaces the customer's billing profile whole, if {@code expectedVersion} is still its version (else 412).
     * An unchanged profile is no change: nothing is written or recorded.
     */
    @Transactional
    public Customer replaceBillingProfile(UUID customerId, long expectedVersion, BillingProfile replacement,
                                          String companyName) {
        Customer customer = customers.find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
        if (customer.version() != expectedVersion) {
            throw ApiProblem.preconditionFailed("The billing profile changed since you read it (its etag is now "
                    + org.cspdesk.platform.api.ETags.of(customer.version()) + "); read it again and retry.");
        }
        Map<String, Object> before = customer.billingProfile().recorded(customer.companyName());
        customer.replaceBillingProfile(replacement, companyName);
        Map<String, Object> after = customer.billingProfile().recorded(customer.companyName());
        if (!before.equals(after)) {
            customers.saveNow();
            billingProfileUpdated.fire(new CustomerBillingProfileUpdated(customerId, customer.companyName(), before,
                    after, currentRequest.actor(), now()));
        }
        return customer;
    }

    @Transactional
    public CustomerUser addUser(UUID customerId, CustomerUser.Details details) {
        Customer customer = customers.find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
        String userPrincipalName = details.userPrincipalName();
        if (!customer.ownsPrincipalName(userPrincipalName)) {
            throw ApiProblem.badRequest("upn_outside_customer_domain", "The user principal name '" + userPrincipalName
                    + "' must end with @" + customer.domain() + " (or a subdomain of it).");
        }
        if (customers.findUserByPrincipalName(userPrincipalName).isPresent()) {
            throw ApiProblem.conflict("user_exists", "A user '" + userPrincipalName + "' already exists"
                    + " (a deleted user's name stays taken).");
        }
        if (details.usageLocation() == null) {
            // Partner Center requires a usage location; a client that sends none gets the customer's country.
            details = new CustomerUser.Details(details.userPrincipalName(), details.displayName(), details.firstName(),
                    details.lastName(), customer.billingProfile().defaultAddress().parts().country(),
                    details.phoneNumber(), details.immutableId(), details.userDomainType());
        }
        CustomerUser user = new CustomerUser(customerId, details, now());
        customers.addUser(user);
        userCreated.fire(new CustomerUserCreated(customerId, user.id(), user.userPrincipalName(), user.displayName(),
                user.firstName(), user.lastName(), user.usageLocation(), currentRequest.actor(), user.createdAt()));
        return user;
    }

    /** Changes the members a PATCH sends; an unchanged user is no change (nothing written or recorded). */
    @Transactional
    public CustomerUser updateUser(UUID customerId, UUID userId, CustomerUser.Details changes) {
        customers.find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
        CustomerUser user = customers.findUser(customerId, userId).orElseThrow(() -> userNotFound(customerId, userId));
        if (changes.userPrincipalName() != null
                && !changes.userPrincipalName().equalsIgnoreCase(user.userPrincipalName())) {
            throw ApiProblem.badRequest("upn_change_unsupported", "A user's principal name is not changed by this"
                    + " PATCH (Partner Center has an operation of its own for it); send it unchanged or leave it out.")
                    .with("field", "userPrincipalName");
        }
        Map<String, Object> before = recorded(user.details());
        if (user.update(changes)) {
            customers.saveNow();
            userUpdated.fire(new CustomerUserUpdated(customerId, userId, user.userPrincipalName(), before,
                    recorded(user.details()), currentRequest.actor(), now()));
        }
        return user;
    }

    private static Map<String, Object> recorded(CustomerUser.Details d) {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("userPrincipalName", d.userPrincipalName());
        value.put("displayName", d.displayName());
        value.put("firstName", d.firstName());
        value.put("lastName", d.lastName());
        value.put("usageLocation", d.usageLocation());
        value.put("phoneNumber", d.phoneNumber());
        value.put("immutableId", d.immutableId());
        value.put("userDomainType", d.userDomainType());
        value.values().removeIf(java.util.Objects::isNull);
        return value;
    }

    /**
     * Deletes the user (soft, as Partner Center does). In the same transaction the subscriptions module takes
     * away its Azure roles, so a deleted Owner no longer meets the purchase prerequisites (ADR 0018).
     */
    @Transactional
    public void deleteUser(UUID customerId, UUID userId) {
        customers.find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
        CustomerUser user = customers.findUser(customerId, userId).orElseThrow(() -> userNotFound(customerId, userId));
        user.delete(now());
        customers.saveNow();
        userDeleted.fire(new CustomerUserDeleted(customerId, userId, user.userPrincipalName(), user.displayName(),
                currentRequest.actor(), user.softDeletionTime()));
    }

    public static ApiProblem userNotFound(UUID customerId, UUID userId) {
        return ApiProblem.notFound("user_not_found", "Customer " + customerId + " has no user " + userId + ".");
    }

    /** Microseconds, as PostgreSQL keeps them: what a write answers is what a later read returns. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
