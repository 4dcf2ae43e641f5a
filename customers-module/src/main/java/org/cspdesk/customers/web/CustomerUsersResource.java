package org.cspdesk.customers.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cspdesk.customers.internal.Customer;
import org.cspdesk.customers.internal.CustomerAccounts;
import org.cspdesk.customers.internal.CustomerUser;
import org.cspdesk.customers.internal.Customers;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** {@code /v1/customers/{customerId}/users}: the users of a customer's tenant, as Partner Center's CustomerUser. */
@Path("customers/{customerId}/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerUsersResource {

    @Inject
    CustomerAccounts accounts;

    @Inject
    Customers customers;

    @Inject
    ContinuationTokens tokens;

    @Inject
    CurrentRequest currentRequest;

    @Context
    UriInfo uriInfo;

    @PathParam("customerId")
    String customerIdParam;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.CREATE_CUSTOMER_USER, resource = ResourceType.CUSTOMER_USER)
    @Operation(summary = "Add a user to a customer's tenant",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. Body: Partner Center's CustomerUser. The UPN "
                    + "must be in the customer's domain; usageLocation defaults to the customer's country. A "
                    + "passwordProfile is accepted and never stored, returned or recorded.")
    @APIResponse(responseCode = "201", description = "The customer user")
    @APIResponse(responseCode = "400", description = "Invalid body, or a UPN outside the customer's domain")
    @APIResponse(responseCode = "404", description = "Unknown customer")
    @APIResponse(responseCode = "409", description = "The UPN exists, also as a deleted user's (code user_exists)")
    public Response add(@NotNull(message = "a JSON body is required") @Valid NewCustomerUserRequest request) {
        CustomerUser user = accounts.addUser(customerId(), request.details());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(user.id().toString()).build())
                .entity(CustomerUserView.of(user)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "List a customer's users",
            description = "Roles: all partner roles; a CustomerUser only its own customer's. Deleted users are not listed.")
    @APIResponse(responseCode = "200", description = "A collection of customer users")
    @APIResponse(responseCode = "404", description = "Unknown customer")
    public CollectionPage<CustomerUserView> list(@QueryParam("size") String size,
                                                 @QueryParam("continuationToken") String continuationToken) {
        Customer customer = VisibleCustomer.of(customerIdParam, currentRequest, customers);
        String query = "customer-users|" + customer.id();
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        List<CustomerUser> found = customers.users(customer.id(), page.isFirst() ? null : page.after().get(0),
                page.size() + 1);
        return tokens.page(query, page, found, last -> List.of(last.userPrincipalName()), CustomerUserView::of);
    }

    @GET
    @Path("{userId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Get a user account by id",
            description = "Roles: all partner roles; a CustomerUser only its own customer's.")
    @APIResponse(responseCode = "200", description = "The customer user")
    @APIResponse(responseCode = "404", description = "Unknown customer, or no such (or a deleted) user (code user_not_found)")
    public CustomerUserView get(@PathParam("userId") String userId) {
        Customer customer = VisibleCustomer.of(customerIdParam, currentRequest, customers);
        UUID id = Ids.parse(userId, "userId");
        return CustomerUserView.of(customers.findUser(customer.id(), id)
                .orElseThrow(() -> CustomerAccounts.userNotFound(customer.id(), id)));
    }

    @PATCH
    @Path("{userId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_CUSTOMER_USER, resource = ResourceType.CUSTOMER_USER)
    @Operation(summary = "Update a user account for a customer",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. Body: the CustomerUser (as read) with the "
                    + "members to change: displayName, firstName, lastName, usageLocation, phoneNumber, immutableId, "
                    + "userDomainType. The UPN only unchanged; no passwordProfile.")
    @APIResponse(responseCode = "200", description = "The updated user")
    @APIResponse(responseCode = "400", description = "Invalid body, a changed UPN (code upn_change_unsupported) or a "
            + "password profile (code password_not_kept)")
    @APIResponse(responseCode = "404", description = "Unknown customer, or no such (or a deleted) user (code user_not_found)")
    public CustomerUserView update(@PathParam("userId") String userId,
                                   @NotNull(message = "a JSON body is required") @Valid CustomerUserPatch patch) {
        UUID customerId = customerId();
        UUID id = Ids.parse(userId, "userId");
        currentRequest.concerns(customerId, id.toString());
        return CustomerUserView.of(accounts.updateUser(customerId, id, patch.changes()));
    }

    @DELETE
    @Path("{userId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.DELETE_CUSTOMER_USER, resource = ResourceType.CUSTOMER_USER)
    @Operation(summary = "Delete a user account for a customer",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. The user becomes inactive (Partner Center's soft "
                    + "deletion; no restore here) and its Azure roles on the customer's subscriptions are taken away "
                    + "in the same transaction, each recorded: a deleted Owner no longer meets the purchase "
                    + "prerequisites.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown customer, or no such (or an already deleted) user "
            + "(code user_not_found)")
    public Response delete(@PathParam("userId") String userId) {
        UUID customerId = customerId();
        UUID id = Ids.parse(userId, "userId");
        currentRequest.concerns(customerId, id.toString());
        accounts.deleteUser(customerId, id);
        return Response.noContent().build();
    }

    private UUID customerId() {
        return Ids.parse(customerIdParam, "customerId");
    }
}
