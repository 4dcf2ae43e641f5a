-- GET /v1/customers/{id}/roleAssignments: every assignment of a customer in subscription, UPN and role order,
-- keyset-paged on that order (the userId filter uses role_assignment_by_user).
create index role_assignment_by_customer_page
    on role_assignment (customer_id, subscription_id, user_principal_name, role, id);

-- The roles one caller holds on all of its customer's subscriptions, in one query (purchase options).
create index role_assignment_by_principal on role_assignment (customer_id, user_principal_name);
