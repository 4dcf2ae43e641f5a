package org.cspdesk.customers.api;

import org.cspdesk.platform.api.ApiProblem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Looks customers and their users up by id, for modules that keep only the ids. */
public interface CustomerDirectory {

    Optional<CustomerSummary> find(UUID customerId);

    /** The customer, or a 404 {@code customer_not_found} for an id that is not one of the partner's customers. */
    default CustomerSummary require(UUID customerId) {
        return find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
    }

    /** Many customers in one query (reports and lists must not ask once per row). */
    Map<UUID, CustomerSummary> findAll(Collection<UUID> customerIds);

    /**
     * One page of all customers in name order ({@code lower(companyName)} as the database lowers it, then
     * id), after the customer at {@code (afterName, afterId)} when given, its company name as it is:
     * keyset paging for reports over every customer.
     */
    List<CustomerSummary> inNameOrder(String afterName, UUID afterId, int limit);

    /** How many customers the partner has (the self-serve report's totals). */
    long count();

    /** Up to {@code limit} customers whose company name starts with {@code namePrefix} (any case), in name order. */
    List<CustomerSummary> withNameStarting(String namePrefix, int limit);

    /** Up to {@code limit} active users of that customer, in UPN order. */
    List<CustomerUserSummary> usersOf(UUID customerId, int limit);

    /** The user, if it exists and belongs to that customer. */
    Optional<CustomerUserSummary> findUser(UUID customerId, UUID userId);

    /** The user with that UPN, if it exists and belongs to that customer. */
    Optional<CustomerUserSummary> findUserByPrincipalName(UUID customerId, String userPrincipalName);
}
