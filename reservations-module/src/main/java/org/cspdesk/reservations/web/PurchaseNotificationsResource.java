package org.cspdesk.reservations.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.Audited;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.platform.api.CollectionPage;
import org.cspdesk.platform.api.ContinuationTokens;
import org.cspdesk.platform.api.ETags;
import org.cspdesk.platform.api.PageRequest;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.reservations.internal.DeliveryAttempt;
import org.cspdesk.reservations.internal.PurchaseNotification;
import org.cspdesk.reservations.internal.PurchaseNotifications;
import org.cspdesk.reservations.internal.PurchaseWebhook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /v1/notifications}: beyond Partner Center, a partner may hear of every purchase its customers
 * make themselves on its bill. Off until a webhook is registered; every delivery attempt is visible.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase notifications")
public class PurchaseNotificationsResource {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    PurchaseNotifications notifications;

    @Inject
    ContinuationTokens tokens;

    @GET
    @Path("purchaseWebhook")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "The purchase webhook", description = "Roles: AdminAgent, GlobalAdmin. The secret is never shown.")
    @APIResponse(responseCode = "404", description = "None registered (code webhook_not_found)")
    public Response webhook() {
        PurchaseWebhook webhook = notifications.webhook().orElseThrow(PurchaseNotificationsResource::noWebhook);
        return Response.ok(view(webhook)).tag(String.valueOf(webhook.version())).build();
    }

    @PUT
    @Path("purchaseWebhook")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_PURCHASE_WEBHOOK, resource = ResourceType.PURCHASE_WEBHOOK)
    @Operation(summary = "Register or change the purchase webhook", description = "Roles: AdminAgent, GlobalAdmin. "
            + "Body {url, secret, enabled (default true)}; the secret (16 to 256 characters) is required the first "
            + "time and kept when omitted later. Each delivery is a POST of JSON signed with X-CspDesk-Signature: "
            + "sha256=<hex HMAC-SHA256 of the body with the secret>; X-CspDesk-Delivery is the notification id.")
    @APIResponse(responseCode = "200", description = "The webhook (without its secret)")
    @APIResponse(responseCode = "400", description = "Not an http(s) URL (code invalid_url), no secret the first time "
            + "(code secret_required), invalid body")
    public Response register(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull(message = "a JSON body is required") @Valid Views.WebhookBody body) {
        Long expectedVersion = ETags.expectedVersion(ifMatch);
        PurchaseWebhook webhook = notifications.register(body.url(), body.secret(),
                body.enabled() == null || body.enabled(), expectedVersion);
        return Response.ok(view(webhook)).tag(String.valueOf(webhook.version())).build();
    }

    @DELETE
    @Path("purchaseWebhook")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Audited(operation = OperationType.UPDATE_PURCHASE_WEBHOOK, resource = ResourceType.PURCHASE_WEBHOOK)
    @Operation(summary = "Stop purchase notifications", description = "Roles: AdminAgent, GlobalAdmin. Undelivered "
            + "notifications are kept and shown, but no longer sent.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "None registered (code webhook_not_found)")
    public Response remove() {
        notifications.remove();
        return Response.noContent().build();
    }

    @GET
    @Path("purchases")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.GLOBAL_ADMIN})
    @Operation(summary = "Purchase notifications and their delivery attempts", description = "Roles: AdminAgent, "
            + "GlobalAdmin. Newest first, keyset-paged; status pending, delivered or failed (given up after 10 "
            + "attempts, retried 5 s, 10 s, 20 s ... apart).")
    public CollectionPage<Views.NotificationView> list(@QueryParam("size") String size,
                                                      @QueryParam("continuationToken") String continuationToken) {
        String query = "notifications";
        PageRequest page = new PageRequest(PageRequest.size(size), tokens.read(continuationToken, query));
        List<PurchaseNotification> found = notifications.page(page.afterTime(0), page.afterId(1), page.size() + 1);
        Map<UUID, List<DeliveryAttempt>> attempts = notifications.attemptsOf(found.stream()
                .map(PurchaseNotification::id).toList()).stream()
                .collect(Collectors.groupingBy(DeliveryAttempt::notificationId));
        return tokens.page(query, page, found, last -> List.of(last.createdAt().toString(), last.id().toString()),
                n -> view(n, attempts.getOrDefault(n.id(), List.of())));
    }

    private static Views.WebhookView view(PurchaseWebhook webhook) {
        return new Views.WebhookView(webhook.url(), webhook.enabled(), true, webhook.updatedAt(), webhook.updatedBy(),
                Attributes.of("PurchaseWebhook", webhook.version()));
    }

    @SuppressWarnings("unchecked")
    private static Views.NotificationView view(PurchaseNotification n, List<DeliveryAttempt> attempts) {
        return new Views.NotificationView(n.id().toString(), n.orderId().toString(), n.customerId().toString(),
                n.targetUrl(), n.status(), n.attempts(), n.createdAt(), n.nextAttemptAt(), n.deliveredAt(),
                n.lastError(), JSONB.fromJson(n.payload(), Map.class), attempts.stream()
                .map(a -> new Views.DeliveryAttemptView(a.attemptedAt(), a.httpStatus(), a.error(), a.durationMs()))
                .toList(), Attributes.of("PurchaseNotification"));
    }

    private static ApiProblem noWebhook() {
        return ApiProblem.notFound("webhook_not_found", "No purchase webhook is registered; PUT one to hear of your "
                + "customers' own purchases.");
    }
}
