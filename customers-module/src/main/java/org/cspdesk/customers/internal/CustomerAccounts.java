package org.cspdesk.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerAdded;
import org.cspdesk.customers.api.CustomerUserCreated;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Adds customers and their users. Every change is announced with an event fired inside its own
 * transaction, so whoever records it (the activity log) commits or rolls back with it.
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
    Event<CustomerUserCreated> userCreated;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Customer add(String domain, String companyName, BillingProfile billingProfile) {
        if (customers.domainTaken(domain)) {
            throw ApiProblem.conflict("domain_taken",
                    "A customer with the domain '" + domain + "' already exists; domains are unique.");
        }
        Customer customer = new Customer(domain, companyName, billingProfile, OffsetDateTime.now(clock));
        customers.add(customer);
        customerAdded.fire(new CustomerAdded(customer.id(), customer.companyName(), customer.domain(),
                currentRequest.actor(), customer.createdAt()));
        return customer;
    }

    @Transactional
    public CustomerUser addUser(UUID customerId, String userPrincipalName, String displayName) {
        Customer customer = customers.find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
        if (!customer.ownsPrincipalName(userPrincipalName)) {
            throw ApiProblem.badRequest("upn_outside_customer_domain", "The user principal name '" + userPrincipalName
                    + "' must end with @" + customer.domain() + " (or a subdomain of it).");
        }
        if (customers.findUserByPrincipalName(userPrincipalName).isPresent()) {
            throw ApiProblem.conflict("user_exists", "A user '" + userPrincipalName + "' already exists.");
        }
        CustomerUser user = new CustomerUser(customerId, userPrincipalName, displayName, OffsetDateTime.now(clock));
        customers.addUser(user);
        userCreated.fire(new CustomerUserCreated(customerId, user.id(), user.userPrincipalName(),
                user.displayName(), currentRequest.actor(), user.createdAt()));
        return user;
    }
}
