package org.cspdesk.customers.internal;

import org.cspdesk.platform.api.ApiProblem;

import java.util.UUID;

/** The refusals of the customers module, worded once. */
public final class CustomerProblems {
    private CustomerProblems() {
    }

    public static ApiProblem notFound(UUID customerId) {
        return ApiProblem.notFound("customer_not_found", "No customer with id " + customerId + ".");
    }
}
