package org.cspdesk.customers.web;

import org.cspdesk.customers.internal.CustomerUser;
import org.cspdesk.platform.api.Attributes;

/** A user of a customer's tenant as the API shows it. */
public record CustomerUserView(String id, String userPrincipalName, String displayName, Attributes attributes) {

    static CustomerUserView of(CustomerUser user) {
        return new CustomerUserView(user.id().toString(), user.userPrincipalName(), user.displayName(),
                Attributes.of("CustomerUser"));
    }
}
