package org.cspdesk.customers.web;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.cspdesk.customers.internal.CustomerUser;
import org.cspdesk.platform.api.Attributes;

/**
 * A user of a customer's tenant as the API shows it: Partner Center's {@code CustomerUser}, absent members left
 * out. Never a password: it is not kept.
 */
@JsonbPropertyOrder({"id", "userPrincipalName", "firstName", "lastName", "displayName", "usageLocation", "phoneNumber",
        "immutableId", "userDomainType", "state", "attributes"})
public record CustomerUserView(String id, String userPrincipalName, String firstName, String lastName,
                               String displayName, String usageLocation, String phoneNumber, String immutableId,
                               String userDomainType, String state, Attributes attributes) {

    static CustomerUserView of(CustomerUser user) {
        return new CustomerUserView(user.id().toString(), user.userPrincipalName(), user.firstName(), user.lastName(),
                user.displayName(), user.usageLocation(), user.phoneNumber(), user.immutableId(),
                user.userDomainType(), user.state().wire(), Attributes.of("CustomerUser"));
    }
}
