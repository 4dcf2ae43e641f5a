package org.cspdesk.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.customers.api.CustomerSummary;
import org.cspdesk.customers.api.CustomerUserSummary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The customers module's answer to {@link CustomerDirectory}. */
@ApplicationScoped
public class JpaCustomerDirectory implements CustomerDirectory {

    @Inject
    Customers customers;

    @Override
    public Optional<CustomerSummary> find(UUID customerId) {
        return customers.find(customerId).map(JpaCustomerDirectory::summary);
    }

    @Override
    public Map<UUID, CustomerSummary> findAll(Collection<UUID> customerIds) {
        return customers.findAll(customerIds).stream().map(JpaCustomerDirectory::summary)
                .collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
    }

    @Override
    public List<CustomerSummary> inNameOrder(String afterName, UUID afterId, int limit) {
        return customers.page(null, null, afterName, afterId, null, limit).stream()
                .map(JpaCustomerDirectory::summary).toList();
    }

    @Override
    public long count() {
        return customers.count();
    }

    @Override
    public List<CustomerSummary> withNameStarting(String namePrefix, int limit) {
        return customers.page(namePrefix, null, null, null, null, limit).stream()
                .map(JpaCustomerDirectory::summary).toList();
    }

    @Override
    public List<CustomerUserSummary> usersOf(UUID customerId, int limit) {
        return customers.users(customerId, null, limit).stream().map(JpaCustomerDirectory::summary).toList();
    }

    @Override
    public Optional<CustomerUserSummary> findUser(UUID customerId, UUID userId) {
        return customers.findUser(customerId, userId).map(JpaCustomerDirectory::summary);
    }

    @Override
    public Optional<CustomerUserSummary> findUserByPrincipalName(UUID customerId, String userPrincipalName) {
        return customers.findUserByPrincipalName(userPrincipalName)
                .filter(user -> user.customerId().equals(customerId) && user.isActive())
                .map(JpaCustomerDirectory::summary);
    }

    private static CustomerSummary summary(Customer customer) {
        return new CustomerSummary(customer.id(), customer.companyName(), customer.domain());
    }

    private static CustomerUserSummary summary(CustomerUser user) {
        return new CustomerUserSummary(user.id(), user.customerId(), user.userPrincipalName(), user.displayName());
    }
}
