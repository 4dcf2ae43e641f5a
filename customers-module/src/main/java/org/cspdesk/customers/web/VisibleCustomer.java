package org.cspdesk.customers.web;

import org.cspdesk.customers.internal.Customer;
import org.cspdesk.customers.internal.Customers;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;

import java.util.UUID;

/** The customer a path names, if the caller may see it: a customer user only its own (else 404, as unknown). */
final class VisibleCustomer {
    private VisibleCustomer() {
    }

    static Customer of(String customerId, CurrentRequest currentRequest, Customers customers) {
        UUID id = Ids.parse(customerId, "customerId");
        currentRequest.ensureMaySee(id);
        return customers.find(id).orElseThrow(() -> ApiProblem.customerNotFound(id));
    }
}
