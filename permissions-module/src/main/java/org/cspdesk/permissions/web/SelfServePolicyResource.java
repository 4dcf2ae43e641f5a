package org.cspdesk.permissions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cspdesk.permissions.internal.PolicyProblems;
import org.cspdesk.permissions.internal.SelfServePolicies;
import org.cspdesk.permissions.internal.SelfServePolicy;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** {@code /v1/SelfServePolicy}: customer purchase permissions as Partner Center exposes them. */
@Path("SelfServePolicy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer purchase permissions")
public class SelfServePolicyResource {

    @Inject
    SelfServePolicies policies;

    @Inject
    PartnerIdentity partner;

    @Inject
    CurrentRequest currentRequest;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.CREATE_SELF_SERVE_POLICY, resource = ResourceType.SELF_SERVE_POLICY)
    @Operation(summary = "Allow a customer to purchase on the partner's bill (Create Customer Purchase Permissions)",
            description = "Roles: AdminAgent, GlobalAdmin. The prerequisites (an active Azure plan or Azure Global "
                    + "subscription with a customer user holding Owner) are checked first.")
    @APIResponse(responseCode = "201", description = "The policy, with its etag")
    @APIResponse(responseCode = "403", description = "The role may not change permissions (code forbidden_role)")
    @APIResponse(responseCode = "404", description = "Not one of this partner's customers (code customer_not_found)")
    @APIResponse(responseCode = "409", description = "A policy exists (cspdeskCode policy_exists, code 600041), "
            + "or the prerequisites are not met (code prerequisites_not_met, with failedChecks)")
    public Response create(@NotNull(message = "a JSON body is required") @Valid SelfServePolicyBody body) {
        UUID customerId = PolicyRequests.customerOf(body, partner.tenantId());
        currentRequest.concerns(customerId, SelfServePolicy.idOf(partner.tenantId(), customerId));
        SelfServePolicy policy = policies.create(customerId, PolicyRequests.resources(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(policy.id()).build())
                .tag(String.valueOf(policy.version())).entity(SelfServePolicyBody.of(policy)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "List a customer's self-serve policies (0 or 1)",
            description = "Roles: all partner roles; a CustomerUser only for its own customer. Query entity_id = the customer's "
                    + "tenant id (also spelt entity_Id, as Partner Center's .NET SDK sends it).")
    @APIResponse(responseCode = "200", description = "A collection of 0 or 1 policy")
    @APIResponse(responseCode = "400", description = "entity_id missing or not a tenant id")
    public CollectionPage<SelfServePolicyBody> list(@QueryParam("entity_id") String entityId,
                                                    @QueryParam("entity_Id") String entityIdAsDotNetSends) {
        // entity_Id is how Partner Center's .NET SDK spells it; both name the same thing.
        if (entityId != null && entityIdAsDotNetSends != null && !entityId.equals(entityIdAsDotNetSends)) {
            throw ApiProblem.badRequest("conflicting_parameters", "'entity_id' and 'entity_Id' name the same customer; "
                    + "send one of them (got two different values).");
        }
        String named = entityId != null ? entityId : entityIdAsDotNetSends;
        String parameter = entityId != null ? "entity_id" : "entity_Id";
        if (named == null) {
            throw ApiProblem.badRequest("missing_parameter", "'entity_id' (the customer's tenant id) is required.");
        }
        UUID customerId = Ids.parse(named, parameter);
        currentRequest.ensureMaySee(customerId);
        List<SelfServePolicyBody> items = policies.findByCustomer(customerId).map(SelfServePolicyBody::of)
                .stream().toList();
        return CollectionPage.of(items, null);
    }

    @GET
    @Path("{policyId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELP_DESK_AGENT, Roles.BILLING_ADMIN,
            Roles.GLOBAL_ADMIN, Roles.CUSTOMER_USER})
    @Operation(summary = "Get a self-serve policy", description = "Roles: all partner roles; a CustomerUser only its own customer's.")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "404", description = "Unknown policy (cspdeskCode policy_not_found, code 600039)")
    public Response get(@PathParam("policyId") String policyId) {
        SelfServePolicy policy = visible(policyId);
        return Response.ok(SelfServePolicyBody.of(policy)).tag(String.valueOf(policy.version())).build();
    }

    @PUT
    @Path("{policyId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_SELF_SERVE_POLICY, resource = ResourceType.SELF_SERVE_POLICY)
    @Operation(summary = "Replace a self-serve policy's permissions (Update Customer Purchase Permissions)",
            description = "Roles: AdminAgent, GlobalAdmin. Send the etag in If-Match or attributes.etag. Adding a "
                    + "permission checks the prerequisites.")
    @APIResponse(responseCode = "200", description = "The policy with a new etag")
    @APIResponse(responseCode = "404", description = "Unknown policy (cspdeskCode policy_not_found, code 600039)")
    @APIResponse(responseCode = "409", description = "Prerequisites not met for an added permission")
    @APIResponse(responseCode = "412", description = "Stale etag (code etag_mismatch)")
    @APIResponse(responseCode = "428", description = "No etag sent (code etag_required)")
    public Response update(@PathParam("policyId") String policyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull(message = "a JSON body is required") @Valid SelfServePolicyBody body) {
        SelfServePolicy current = visible(policyId);
        currentRequest.concerns(current.customerId(), policyId);
        UUID customerId = PolicyRequests.customerOf(body, partner.tenantId());
        if (!customerId.equals(current.customerId()) || (body.id() != null && !body.id().equals(policyId))) {
            throw ApiProblem.badRequest("policy_mismatch", "The body describes another policy than " + policyId + ".");
        }
        String etag = ifMatch != null ? ifMatch : body.attributes() == null ? null : body.attributes().etag();
        if (etag == null) {
            throw ApiProblem.preconditionRequired("Send the policy's etag in If-Match (or attributes.etag).");
        }
        SelfServePolicy policy = policies.update(policyId, ETags.version(etag), PolicyRequests.resources(body));
        return Response.ok(SelfServePolicyBody.of(policy)).tag(String.valueOf(policy.version())).build();
    }

    @DELETE
    @Path("{policyId}")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.DELETE_SELF_SERVE_POLICY, resource = ResourceType.SELF_SERVE_POLICY)
    @Operation(summary = "Stop a customer purchasing on the partner's bill (Delete Customer Purchase Permissions)",
            description = "Roles: AdminAgent, GlobalAdmin. If-Match honoured when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown policy (cspdeskCode policy_not_found, code 600039)")
    @APIResponse(responseCode = "412", description = "Stale etag")
    public Response delete(@PathParam("policyId") String policyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SelfServePolicy current = visible(policyId);
        currentRequest.concerns(current.customerId(), policyId);
        policies.delete(policyId, ifMatch == null ? null : ETags.version(ifMatch));
        return Response.noContent().build();
    }

    private SelfServePolicy visible(String policyId) {
        SelfServePolicy policy = policies.find(policyId).orElseThrow(() -> PolicyProblems.notFound(policyId));
        currentRequest.customerTenant().filter(own -> !own.equals(policy.customerId()))
                .ifPresent(other -> {
                    throw PolicyProblems.notFound(policyId);
                });
        return policy;
    }
}
