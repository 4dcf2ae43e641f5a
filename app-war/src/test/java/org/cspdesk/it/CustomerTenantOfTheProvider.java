package org.cspdesk.it;

/**
 * The test provider's customer tenant as a customer of the partner, with known.user as its user: the customer is
 * added through the API and given the tenant's id (a customer's id is its tenant id; the API makes new tenants,
 * the provider's realm exists already), and the user is given known.user's object id, as Partner Center's customer
 * user ids are the users' object ids. unknown.user is never added.
 */
public final class CustomerTenantOfTheProvider {
    private CustomerTenantOfTheProvider() {
    }

    /** The customer's id, the tenant's id; made once per suite. */
    public static synchronized String ensure() {
        String tenant = TestIdentityProvider.CUSTOMER_TENANT;
        if (Database.single("select id from customers.customer where id = '" + tenant + "'") == null) {
            String added = Fixtures.newCustomer("Fabrikam Tenant");
            Database.asOwner("update customers.customer set id = '" + tenant + "' where id = '" + added + "'");
            String user = Fixtures.newUser(tenant, "known.user");
            Database.asOwner("update customers.customer_user set id = '" + TestIdentityProvider.KNOWN_USER.id()
                    + "' where id = '" + user + "'");
        }
        return tenant;
    }
}
