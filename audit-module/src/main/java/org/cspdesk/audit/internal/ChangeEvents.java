package org.cspdesk.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cspdesk.customers.api.CustomerAdded;
import org.cspdesk.customers.api.CustomerBillingProfileUpdated;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.customers.api.CustomerSummary;
import org.cspdesk.customers.api.CustomerUserCreated;
import org.cspdesk.customers.api.CustomerUserDeleted;
import org.cspdesk.customers.api.CustomerUserUpdated;
import org.cspdesk.permissions.api.SelfServePolicyCreated;
import org.cspdesk.permissions.api.SelfServePolicyDeleted;
import org.cspdesk.permissions.api.SelfServePolicyUpdated;
import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.AttemptRefused;
import org.cspdesk.platform.api.OperationType;
import org.cspdesk.platform.api.ResourceType;
import org.cspdesk.reservations.api.CartChanged;
import org.cspdesk.reservations.api.PriceListUpdated;
import org.cspdesk.reservations.api.PurchaseWebhookChanged;
import org.cspdesk.reservations.api.ReservationCancelled;
import org.cspdesk.reservations.api.ReservationExchanged;
import org.cspdesk.reservations.api.ReservationOrdered;
import org.cspdesk.reservations.api.ReservationRenewed;
import org.cspdesk.reservations.api.ReservationScopeChanged;
import org.cspdesk.subscriptions.api.RoleAssigned;
import org.cspdesk.subscriptions.api.RoleAssignmentRemoved;
import org.cspdesk.subscriptions.api.SubscriptionPurchased;
import org.cspdesk.subscriptions.api.SubscriptionUpdated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns every module's change events into activity-log records. The observers are synchronous, so
 * they run inside the transaction that fired the event: if the record cannot be written, the change
 * rolls back too (docs/architecture.md, "How modules talk").
 */
@ApplicationScoped
public class ChangeEvents {

    @Inject
    AuditChain chain;

    @Inject
    CustomerDirectory customers;

    void on(@Observes CustomerAdded e) {
        record(OperationType.ADD_CUSTOMER, ResourceType.CUSTOMER, e.customerId(), e.companyName(), e.companyName(), null,
                Map.of("companyName", e.companyName(), "domain", e.domain()), Map.of(), e.actor());
    }

    void on(@Observes CustomerBillingProfileUpdated e) {
        record(OperationType.UPDATE_CUSTOMER_BILLING_PROFILE, ResourceType.CUSTOMER, e.customerId(), e.companyName(),
                e.companyName(), e.oldProfile(), e.newProfile(), Map.of(), e.actor());
    }

    void on(@Observes CustomerUserCreated e) {
        record(OperationType.CREATE_CUSTOMER_USER, ResourceType.CUSTOMER_USER, e.customerId(), null, e.userPrincipalName(), null,
                user(e.userId(), e.userPrincipalName(), e.displayName(), e.firstName(), e.lastName(), e.usageLocation()),
                Map.of(), e.actor());
    }

    void on(@Observes CustomerUserUpdated e) {
        record(OperationType.UPDATE_CUSTOMER_USER, ResourceType.CUSTOMER_USER, e.customerId(), null, e.userPrincipalName(),
                e.oldUser(), e.newUser(), Map.of("UserId", e.userId().toString()), e.actor());
    }

    void on(@Observes CustomerUserDeleted e) {
        record(OperationType.DELETE_CUSTOMER_USER, ResourceType.CUSTOMER_USER, e.customerId(), null, e.userPrincipalName(),
                Map.of("id", e.userId().toString(), "userPrincipalName", e.userPrincipalName(),
                        "displayName", e.displayName(), "state", "active"),
                Map.of("id", e.userId().toString(), "userPrincipalName", e.userPrincipalName(),
                        "displayName", e.displayName(), "state", "inactive", "softDeletionTime", e.at().toString()),
                Map.of(), e.actor());
    }

    void on(@Observes SubscriptionPurchased e) {
        record(OperationType.CREATE_ORDER, ResourceType.ORDER, e.customerId(), null, e.friendlyName(), null,
                purchased(e), Map.of("SubscriptionId", e.subscriptionId().toString(), "OfferId", e.offerId(),
                        "OrderId", e.orderId().toString()), e.actor());
    }

    void on(@Observes SubscriptionUpdated e) {
        record(OperationType.UPDATE_SUBSCRIPTION, ResourceType.SUBSCRIPTION, e.customerId(), null, e.newFriendlyName(),
                Map.of("status", e.oldStatus(), "friendlyName", e.oldFriendlyName(),
                        "autoRenewEnabled", e.oldAutoRenewEnabled()),
                Map.of("status", e.newStatus(), "friendlyName", e.newFriendlyName(),
                        "autoRenewEnabled", e.newAutoRenewEnabled()),
                Map.of("SubscriptionId", e.subscriptionId().toString()), e.actor());
    }

    void on(@Observes RoleAssigned e) {
        record(OperationType.CREATE_ROLE_ASSIGNMENT, ResourceType.ROLE_ASSIGNMENT, e.customerId(), null, e.userPrincipalName(), null,
                Map.of("assignmentId", e.assignmentId().toString(), "userId", e.userId().toString(),
                        "userPrincipalName", e.userPrincipalName(), "role", e.role(),
                        "subscriptionId", e.subscriptionId().toString()),
                Map.of("SubscriptionId", e.subscriptionId().toString(), "Role", e.role()), e.actor());
    }

    void on(@Observes RoleAssignmentRemoved e) {
        record(OperationType.DELETE_ROLE_ASSIGNMENT, ResourceType.ROLE_ASSIGNMENT, e.customerId(), null, e.userPrincipalName(),
                Map.of("assignmentId", e.assignmentId().toString(), "userId", e.userId().toString(),
                        "userPrincipalName", e.userPrincipalName(), "role", e.role(),
                        "subscriptionId", e.subscriptionId().toString()), null,
                Map.of("SubscriptionId", e.subscriptionId().toString(), "Role", e.role()), e.actor());
    }

    void on(@Observes SelfServePolicyCreated e) {
        record(OperationType.CREATE_SELF_SERVE_POLICY, ResourceType.SELF_SERVE_POLICY, e.customerId(), null, e.policyId(), null,
                policy(e.policyId(), e.permissions()), Map.of(), e.actor());
    }

    void on(@Observes SelfServePolicyUpdated e) {
        record(OperationType.UPDATE_SELF_SERVE_POLICY, ResourceType.SELF_SERVE_POLICY, e.customerId(), null, e.policyId(),
                policy(e.policyId(), e.oldPermissions()), policy(e.policyId(), e.newPermissions()), Map.of(),
                e.actor());
    }

    void on(@Observes SelfServePolicyDeleted e) {
        record(OperationType.DELETE_SELF_SERVE_POLICY, ResourceType.SELF_SERVE_POLICY, e.customerId(), null, e.policyId(),
                policy(e.policyId(), e.oldPermissions()), null, Map.of(), e.actor());
    }

    void on(@Observes ReservationOrdered e) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", e.orderId().toString());
        order.put("kind", e.kind());
        order.put("lineItems", e.lineItems());
        order.put("totalPrice", Map.of("amount", e.totalPrice(), "currency", e.currency()));
        order.put("billedTo", "partner");
        record(OperationType.CREATE_ORDER, ResourceType.ORDER, e.customerId(), null, e.orderId().toString(), null, order,
                Map.of("OrderId", e.orderId().toString(), "OrderKind", e.kind(),
                        "TotalPrice", e.totalPrice().toPlainString() + " " + e.currency(), "BilledTo", "partner"),
                e.actor());
    }

    /** A cart's lines as asked for; what it bought is its checkout's create_order record. */
    void on(@Observes CartChanged e) {
        Map<String, Object> cart = new LinkedHashMap<>();
        cart.put("id", e.cartId().toString());
        cart.put("lineItems", e.lineItems());
        record(e.created() ? OperationType.CREATE_CART : OperationType.UPDATE_CART, ResourceType.CART, e.customerId(),
                null, e.cartId().toString(), null, cart, Map.of("CartId", e.cartId().toString()), e.actor());
    }

    void on(@Observes ReservationCancelled e) {
        record(OperationType.CANCEL_RESERVATION, ResourceType.RESERVATION, e.customerId(), null, e.reservationId().toString(),
                Map.of("status", "active"), Map.of("status", "cancelled",
                        "refund", Map.of("amount", e.refund(), "currency", e.currency())),
                Map.of("ReservationId", e.reservationId().toString(),
                        "Refund", e.refund().toPlainString() + " " + e.currency()), e.actor());
    }

    void on(@Observes ReservationExchanged e) {
        record(OperationType.EXCHANGE_RESERVATION, ResourceType.RESERVATION, e.customerId(), null, e.reservationId().toString(),
                Map.of("status", "active"), Map.of("status", "exchanged",
                        "returned", Map.of("amount", e.returned(), "currency", e.currency()),
                        "newOrderId", e.newOrderId().toString(),
                        "newReservationIds", e.newReservationIds().stream().map(UUID::toString).toList()),
                Map.of("ReservationId", e.reservationId().toString(), "NewOrderId", e.newOrderId().toString(),
                        "Returned", e.returned().toPlainString() + " " + e.currency()), e.actor());
    }

    void on(@Observes ReservationRenewed e) {
        record(OperationType.RENEW_RESERVATION, ResourceType.RESERVATION, e.customerId(), null, e.reservationId().toString(), null,
                Map.of("renewalOrderId", e.renewalOrderId().toString(),
                        "renewalReservationId", e.renewalReservationId().toString(),
                        "renewalStart", e.renewalStart().toString(), "renewalExpiry", e.renewalExpiry().toString()),
                Map.of("ReservationId", e.reservationId().toString(),
                        "RenewalOrderId", e.renewalOrderId().toString()), e.actor());
    }

    void on(@Observes ReservationScopeChanged e) {
        record(OperationType.UPDATE_RESERVATION_SCOPE, ResourceType.RESERVATION, e.customerId(), null, e.reservationId().toString(),
                scope(e.oldScope(), e.oldResourceGroup()), scope(e.newScope(), e.newResourceGroup()),
                Map.of("ReservationId", e.reservationId().toString()), e.actor());
    }

    void on(@Observes PriceListUpdated e) {
        record(OperationType.UPDATE_PRICE_LIST, ResourceType.PRICE_LIST, null, null, "pricelist", e.before(), e.after(), Map.of(), e.actor());
    }

    /** The webhook's address and state; its secret is never in the log. */
    void on(@Observes PurchaseWebhookChanged e) {
        record(OperationType.UPDATE_PURCHASE_WEBHOOK, ResourceType.PURCHASE_WEBHOOK, null, null, "purchaseWebhook",
                e.oldUrl() == null ? null : Map.of("url", e.oldUrl(), "enabled", e.wasEnabled()),
                e.newUrl() == null ? null : Map.of("url", e.newUrl(), "enabled", e.enabled()), Map.of(), e.actor());
    }

    /** A refused attempt; the platform fires it in a transaction of its own. */
    void on(@Observes AttemptRefused e) {
        Map<String, String> why = new LinkedHashMap<>();
        why.put("HttpStatus", String.valueOf(e.status()));
        why.put("ErrorCode", e.code());
        why.put("ErrorDetail", e.detail());
        chain.append(new AuditEntry(e.operationType(), e.resourceType(), e.customerId(), nameOf(e.customerId(), null),
                e.resourceName(), null, e.attemptedValue(), false, why, e.actor()));
    }

    private static Map<String, Object> purchased(SubscriptionPurchased e) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("subscriptionId", e.subscriptionId().toString());
        value.put("offerId", e.offerId());
        value.put("offerName", e.offerName());
        value.put("friendlyName", e.friendlyName());
        value.put("quantity", String.valueOf(e.quantity()));
        value.put("status", e.status());
        value.put("billingType", e.billingType());
        value.put("billingCycle", e.billingCycle());
        if (e.termDuration() != null) {
            value.put("termDuration", e.termDuration());
        }
        value.put("autoRenewEnabled", e.autoRenewEnabled());
        value.put("orderId", e.orderId().toString());
        return value;
    }

    /** A user as the log keeps it: never a password (none reaches the event). */
    private static Map<String, Object> user(UUID id, String upn, String displayName, String firstName, String lastName,
                                            String usageLocation) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", id.toString());
        value.put("userPrincipalName", upn);
        value.put("displayName", displayName);
        value.put("firstName", firstName);
        value.put("lastName", lastName);
        value.put("usageLocation", usageLocation);
        value.values().removeIf(java.util.Objects::isNull);
        return value;
    }

    private static Map<String, Object> scope(String scope, String resourceGroup) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("scope", scope);
        if (resourceGroup != null) {
            value.put("resourceGroup", resourceGroup);
        }
        return value;
    }

    private static Map<String, Object> policy(String policyId, List<String> permissions) {
        return Map.of("id", policyId, "permissions",
                permissions.stream().map(resource -> Map.of("resource", resource, "action", "Purchase")).toList());
    }

    private void record(OperationType operationType, ResourceType resourceType, UUID customerId, String knownName,
                        String resourceName, Object oldValue, Object newValue, Map<String, String> customizedData,
                        Actor actor) {
        chain.append(new AuditEntry(operationType.wire(), resourceType.wire(), customerId, nameOf(customerId, knownName),
                resourceName, AuditEntry.json(oldValue), AuditEntry.json(newValue), true,
                new LinkedHashMap<>(customizedData), actor));
    }

    private String nameOf(UUID customerId, String knownName) {
        if (knownName != null || customerId == null) {
            return knownName;
        }
        return customers.find(customerId).map(CustomerSummary::companyName).orElse(null);
    }
}
