package org.cspdesk.customers.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cspdesk.customers.internal.Customer;
import org.cspdesk.customers.internal.CustomerAccounts;
import org.cspdesk.customers.internal.Customers;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * {@code /v1/customers/{customerId}/profiles}: Partner Center's customer profiles. The billing profile is read
 * and replaced whole; the company profile is read-only, as in Partner Center (its SDKs have no update for it).
 */
@Path("customers/{customerId}/profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerProfilesResource {

    @Inject
    CustomerAccounts accounts;

    @Inject
    Customers customers;

    @Inject
    CurrentRequest currentRequest;

    @PathParam("customerId")
    String customerIdParam;

    @GET
    @Path("billing")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Get a customer's billing profile",
            description = "Roles: all partner roles; a CustomerUser only its own customer's. The etag is in "
                    + "attributes.etag and the ETag header.")
    @APIResponse(responseCode = "200", description = "Partner Center's CustomerBillingProfile")
    @APIResponse(responseCode = "404", description = "Unknown customer (code customer_not_found)")
    public Response billing() {
        Customer customer = VisibleCustomer.of(customerIdParam, currentRequest, customers);
        return Response.ok(CustomerView.BillingProfile.of(customer)).tag(String.valueOf(customer.version())).build();
    }

    @PUT
    @Path("billing")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_CUSTOMER_BILLING_PROFILE, resource = ResourceType.CUSTOMER)
    @Operation(summary = "Update a customer's billing profile",
            description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. The whole profile, as read; its companyName is "
                    + "the customer's. The etag in If-Match (Partner Center's REST reference) or attributes.etag "
                    + "(what Partner Center's SDKs send); If-Match wins when both are sent.")
    @APIResponse(responseCode = "200", description = "The billing profile with its new etag")
    @APIResponse(responseCode = "400", description = "Invalid body (code validation_failed, malformed_body, "
            + "unknown_field) or another profile's id (code profile_mismatch)")
    @APIResponse(responseCode = "404", description = "Unknown customer (code customer_not_found)")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    @APIResponse(responseCode = "428", description = "No etag sent (code etag_required)")
    public Response updateBilling(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull(message = "a JSON body is required") @Valid BillingProfileBody body) {
        UUID customerId = Ids.parse(customerIdParam, "customerId");
        currentRequest.concerns(customerId, customerId.toString());
        Customer current = customers.find(customerId).orElseThrow(() -> ApiProblem.customerNotFound(customerId));
        if (body.id() != null && !body.id().equalsIgnoreCase(current.billingProfile().id().toString())) {
            throw ApiProblem.badRequest("profile_mismatch", "The body is billing profile " + body.id()
                    + ", not this customer's (" + current.billingProfile().id() + ").").with("field", "id");
        }
        if (body.companyName() == null) {
            throw ApiProblem.badRequest("validation_failed", "'companyName' is required: the billing profile is "
                    + "replaced whole.").with("field", "companyName");
        }
        String etag = ifMatch != null ? ifMatch : body.etag();
        if (etag == null) {
            throw ApiProblem.preconditionRequired("Send the billing profile's etag in If-Match (or attributes.etag).");
        }
        Customer customer = accounts.replaceBillingProfile(customerId, ETags.version(etag), body.toProfile(),
                body.companyName());
        return Response.ok(CustomerView.BillingProfile.of(customer)).tag(String.valueOf(customer.version())).build();
    }

    @GET
    @Path("company")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Get a customer's company profile",
            description = "Roles: all partner roles; a CustomerUser only its own customer's. Read-only, as in Partner Center.")
    @APIResponse(responseCode = "200", description = "Partner Center's CustomerCompanyProfile")
    @APIResponse(responseCode = "404", description = "Unknown customer (code customer_not_found)")
    public CustomerView.CompanyProfile company() {
        return CustomerView.CompanyProfile.of(VisibleCustomer.of(customerIdParam, currentRequest, customers));
    }
}
