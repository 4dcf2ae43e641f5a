package org.cspdesk.customers.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.cspdesk.customers.internal.Customer;
import org.cspdesk.customers.internal.CustomerAccounts;
import org.cspdesk.customers.internal.Customers;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.FieldFilter;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /v1/customers}: the partner's customers. Their users are {@link CustomerUsersResource}'s, their profiles
 * {@link CustomerProfilesResource}'s.
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomersResource {
    /** Partner Center's customer filter (CustomerSearchField, FieldFilterOperation), as far as CSP Desk has it. */
    static final FieldFilter.Grammar FILTER = new FieldFilter.Grammar(List.of("CompanyName", "Domain"),
            List.of("starts_with"), "starts_with",
            Map.of("IndirectReseller", "CSP Desk has no indirect resellers; every customer is the partner's own.",
                    "IndirectCloudSolutionProvider", "CSP Desk has no indirect providers; every customer is the "
                            + "partner's own."),
            Map.of("DomainName", "Domain"));

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

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.ADD_CUSTOMER, resource = ResourceType.CUSTOMER)
    @Operation(summary = "Add a customer", description = "Roles: AdminAgent, SalesAgent, GlobalAdmin. Body: Partner "
            + "Center's Customer; the company name in billingProfile.companyName or companyProfile.companyName.")
    @APIResponse(responseCode = "201", description = "The customer, with its tenant id")
    @APIResponse(responseCode = "400", description = "Invalid body (problem+json, code validation_failed, malformed_body, "
            + "unknown_field or company_name_mismatch)")
    @APIResponse(responseCode = "409", description = "The domain is taken (code domain_taken)")
    public Response add(@NotNull(message = "a JSON body is required") @Valid NewCustomerRequest request) {
        var company = request.companyProfile();
        Customer customer = accounts.add(company.domain(), request.companyName(), company.email(),
                company.organizationRegistrationNumber(), request.billingProfile().toProfile());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(customer.id().toString()).build())
                .tag(String.valueOf(customer.version()))
                .entity(CustomerView.of(customer)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "List customers",
            description = "Roles: all partner roles; a CustomerUser sees only its own customer. 'filter' is Partner "
                    + "Center's URL-encoded JSON {\"field\": \"CompanyName\"|\"Domain\", \"value\": \"Conto\", "
                    + "\"operator\": \"starts_with\"}: the company name or the domain starts with the value, ignoring "
                    + "case (names and operators in any case, StartsWith and fieldType String as the Java SDK sends "
                    + "them). Keyset-paged; size 0 is the default of 100.")
    @APIResponse(responseCode = "200", description = "A collection of customers")
    @APIResponse(responseCode = "400", description = "Bad filter (code invalid_filter), size, continuation token, "
            + "or a parameter the list does not take (code unknown_parameter)")
    public CollectionPage<CustomerView> list(@QueryParam("filter") String filter, @QueryParam("size") String size,
                                             @QueryParam("continuationToken") String continuationToken) {
        FieldFilter search = FieldFilter.parse(filter, FILTER);
        String namePrefix = search != null && search.field().equals("CompanyName") ? search.value() : null;
        String domainPrefix = search != null && search.field().equals("Domain") ? search.value() : null;
        String query = "customers|" + (search == null ? ""
                : search.field() + "|" + search.operator() + "|" + search.value().toLowerCase(Locale.ROOT));
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        UUID only = currentRequest.customerTenant().orElse(null);
        List<Customer> found = page.isFirst()
                ? customers.page(namePrefix, domainPrefix, null, null, only, page.size() + 1)
                : customers.page(namePrefix, domainPrefix, page.after().get(0),
                Ids.parse(page.after().get(1), "continuationToken"), only, page.size() + 1);
        return tokens.page(query, page, found,
                last -> List.of(last.companyName(), last.id().toString()), CustomerView::of);
    }

    @GET
    @Path("{customerId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Get a customer", description = "Roles: all partner roles; a CustomerUser only its own customer.")
    @APIResponse(responseCode = "200", description = "The customer")
    @APIResponse(responseCode = "404", description = "Unknown id, or another customer's (code customer_not_found)")
    public Response get(@PathParam("customerId") String customerId) {
        Customer customer = visibleCustomer(customerId);
        return Response.ok(CustomerView.of(customer)).tag(String.valueOf(customer.version())).build();
    }

    private Customer visibleCustomer(String customerId) {
        return VisibleCustomer.of(customerId, currentRequest, customers);
    }
}
