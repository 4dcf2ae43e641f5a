package org.cspdesk.reservations.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.EchoedLinks;
import org.cspdesk.platform.api.Link;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.NeverLogged;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;
import org.cspdesk.reservations.internal.BillingCycle;
import org.cspdesk.reservations.internal.Cart;
import org.cspdesk.reservations.internal.CatalogItemId;
import org.cspdesk.reservations.internal.CatalogItem;
import org.cspdesk.reservations.internal.CustomerOrder;
import org.cspdesk.reservations.internal.LineRequest;
import org.cspdesk.reservations.internal.Money;
import org.cspdesk.reservations.internal.OrderLineItem;
import org.cspdesk.reservations.internal.Placement;
import org.cspdesk.reservations.internal.PriceList;
import org.cspdesk.reservations.internal.RefundCap;
import org.cspdesk.reservations.internal.Reservation;
import org.cspdesk.reservations.internal.ReservationLifecycle;
import org.cspdesk.reservations.internal.ReservationScope;
import org.cspdesk.reservations.internal.Term;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of the reservations API, in and out (docs/api.md, "Reservations and orders"). */
public final class Views {
    private Views() {
    }

    public record MoneyView(BigDecimal amount, String currency) {
        static MoneyView of(Money money) {
            return new MoneyView(money.amount(), money.currency());
        }

        static MoneyView of(BigDecimal amount, String currency) {
            return of(new Money(amount, currency));
        }
    }

    /**
     * {@code catalogItemId}: what a cart line's catalogItemId and an order line's offerId name (ADR 0016).
     * {@code price} is what an order of one charges today (the partner's price list); {@code listPrice}, the
     * partner's own cost, is null for a customer's user and so left out of the JSON.
     */
    public record CatalogItemView(String catalogItemId, String skuId, String productId, String title, String armSkuName,
                                  String armRegionName, String term, MoneyView listPrice, MoneyView price,
                                  Attributes attributes) {
        static CatalogItemView of(CatalogItem item, PriceList prices, boolean withListPrice) {
            return new CatalogItemView(CatalogItemId.of(item).wire(), item.skuId(), item.productId(), item.title(),
                    item.armSkuName(),
                    item.armRegionName(), item.term().wire(), withListPrice ? MoneyView.of(item.listPrice()) : null,
                    MoneyView.of(prices.unitPrice(item)), Attributes.of("ReservationProduct"));
        }
    }

    // ---- price list

    public record PriceOverrideBody(@NotBlank String skuId, @NotBlank String term,
                                    @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
                                    @jakarta.validation.constraints.Digits(integer = 10, fraction = 2,
                                            message = "must have at most 2 decimals") BigDecimal unitPrice) {
    }

    /**
     * At most two decimals, as the price list keeps it: a markup such as {@code 5e-1000000000} would otherwise
     * reach the rounding, which cannot handle so large a scale, and {@code 1e1000000000} the range check's message.
     */
    public record PriceListBody(@NotNull(message = "is required (0 for list prices)")
                                @jakarta.validation.constraints.Digits(integer = 4, fraction = 2,
                                        message = "must be a percentage with at most 4 digits and 2 decimals")
                                BigDecimal markupPercent,
                                @Size(max = 1000) List<@NotNull @Valid PriceOverrideBody> overrides) {
    }

    public record PriceOverrideView(String skuId, String term, MoneyView unitPrice) {
    }

    public record CustomerPriceView(String skuId, String armSkuName, String armRegionName, String term,
                                    MoneyView listPrice, MoneyView customerPrice) {
    }

    public record PriceListView(BigDecimal markupPercent, String currency, List<PriceOverrideView> overrides,
                                List<CustomerPriceView> prices, OffsetDateTime updatedAt, String updatedBy,
                                Attributes attributes) {
        static PriceListView of(PriceList list, List<CatalogItem> catalog) {
            return new PriceListView(list.markupPercent(), list.currency(), list.overrides().stream()
                    .map(o -> new PriceOverrideView(o.skuId(), o.term().wire(), MoneyView.of(o.unitPrice(), list.currency())))
                    .toList(), catalog.stream().map(item -> new CustomerPriceView(item.skuId(), item.armSkuName(),
                            item.armRegionName(), item.term().wire(), MoneyView.of(item.listPrice()),
                            MoneyView.of(list.unitPrice(item)))).toList(),
                    list.updatedAt(), list.updatedBy(), Attributes.of("PriceList", list.version()));
        }
    }

    // ---- Partner Center's orders and carts (docs/adr/0016-orders-and-carts-on-partner-centers-wire.md)

    /** The SDKs' {@code KeyValuePair} a cart line carries ({@code participants}); read back and ignored. */
    public record KeyValueBody(String key, String value) {
    }

    /** The links Partner Center's order, cart and line models carry; read back from a client and ignored. */
    public record LinksBody(EchoedLinks.Link self, EchoedLinks.Link next, EchoedLinks.Link previous,
                            EchoedLinks.Link provisioningStatus, EchoedLinks.Link sku, EchoedLinks.Link subscription,
                            EchoedLinks.Link activationLinks) {
    }

    /**
     * Partner Center's provisioning context, a map of strings. The keys a reservation takes: the Azure
     * subscription, the scope, Partner Center's duration ({@code 1Year}/{@code 3Years}, checked against the
     * term), and ours: the resource group of scope resourceGroup and auto-renewal ({@code "true"}/{@code "false"}).
     */
    public record ProvisioningContextBody(@NotBlank(message = "is required: the Azure subscription to buy on")
                                          String subscriptionId,
                                          String scope, @Size(max = 90) String resourceGroup, String duration,
                                          String autoRenew) {

        Placement placement(String path) {
            ReservationScope parsed = scope == null ? ReservationScope.SINGLE
                    : WireValue.parse(ReservationScope.class, scope, path + ".scope");
            return new Placement(Ids.parse(subscriptionId, path + ".subscriptionId"), parsed, resourceGroup);
        }

        boolean autoRenewal(String path) {
            if (autoRenew == null || autoRenew.equals("false")) {
                return false;
            }
            if (autoRenew.equals("true")) {
                return true;
            }
            throw ApiProblem.badRequest("invalid_value", "'" + path + ".autoRenew' must be \"true\" or \"false\""
                    + " (got '" + Echo.shortly(autoRenew) + "').");
        }
    }

    /** An item of the catalog, with the term that a termDuration or a duration, when given, must agree with. */
    private static LineRequest line(String catalogItemId, String idField, String termDuration, String path,
                                    Integer quantity, BillingCycle cycle, ProvisioningContextBody context,
                                    String friendlyName) {
        CatalogItemId item = CatalogItemId.parse(catalogItemId, path + "." + idField);
        if (termDuration != null && !termDuration.equals(item.term().wire())) {
            throw ApiProblem.badRequest("term_mismatch", "'" + path + ".termDuration' is " + Echo.shortly(termDuration)
                    + " but " + item.wire() + " is a " + item.term().wire() + " reservation.");
        }
        String contextPath = path + ".provisioningContext";
        if (context.duration() != null && !context.duration().equals(item.term().duration())) {
            throw ApiProblem.badRequest("term_mismatch", "'" + contextPath + ".duration' is "
                    + Echo.shortly(context.duration()) + " but " + item.wire() + " is a " + item.term().duration()
                    + " reservation.");
        }
        return new LineRequest(item.skuId(), item.term(), quantity, cycle, context.placement(contextPath),
                context.autoRenewal(contextPath), friendlyName);
    }

    /**
     * Partner Center's {@code OrderLineItem} as its SDKs send it ({@code lineItemNumber, offerId,
     * friendlyName, quantity, termDuration, provisioningContext}); the read-only members they send back
     * ({@code subscriptionId, links, attributes} ...) are accepted and ignored.
     */
    public record OrderLineItemBody(Integer lineItemNumber,
                                    @NotBlank(message = "is required: productId:skuId:availabilityId") String offerId,
                                    @Size(max = 100) String friendlyName,
                                    @NotNull @Min(1) @Max(1000) Integer quantity, String termDuration,
                                    @NotNull(message = "is required: {subscriptionId, scope, duration, autoRenew}")
                                    @Valid ProvisioningContextBody provisioningContext,
                                    String subscriptionId, String parentSubscriptionId, String partnerIdOnRecord,
                                    String transactionType, LinksBody links, Attributes attributes) {
    }

    /**
     * Partner Center's {@code Order} as its SDKs send it: {@code billingCycle} for the whole order
     * ({@code one_time} or {@code monthly}, default one_time) and its line items. Read-only members a client
     * sends back (the Java SDK always sends {@code totalPrice}, and spells {@code tranactionType} so) are
     * accepted and ignored: the partner's price list prices the order.
     */
    public record OrderBody(String id, String alternateId, String referenceCustomerId, String billingCycle,
                            @NotNull(message = "is required: at least one line item")
                            @Size(min = 1, max = 20) List<@NotNull @Valid OrderLineItemBody> lineItems,
                            String currencyCode, String currencySymbol, String creationDate, String status,
                            String transactionType, String tranactionType, BigDecimal totalPrice,
                            Boolean partnerOnRecordAttestationAccepted, LinksBody links, Attributes attributes) {
        List<LineRequest> parsed() {
            BillingCycle cycle = billingCycle == null ? BillingCycle.UPFRONT
                    : BillingCycle.ofPartnerCenter(billingCycle, "billingCycle");
            List<LineRequest> lines = new java.util.ArrayList<>();
            for (int i = 0; i < lineItems.size(); i++) {
                OrderLineItemBody item = lineItems.get(i);
                lines.add(line(item.offerId(), "offerId", item.termDuration(), "lineItems[" + i + "]", item.quantity(),
                        cycle, item.provisioningContext(), item.friendlyName()));
            }
            return lines;
        }
    }

    public record CartErrorBody(String errorCode, String errorDescription) {
    }

    /**
     * Partner Center's {@code CartLineItem} as its SDKs send it. {@code id}, {@code orderGroup},
     * {@code currencyCode} and {@code error} are the cart's to set: accepted back and ignored.
     */
    public record CartLineItemBody(Integer id,
                                   @NotBlank(message = "is required: productId:skuId:availabilityId") String catalogItemId,
                                   @Size(max = 100) String friendlyName,
                                   @NotNull @Min(1) @Max(1000) Integer quantity, String currencyCode,
                                   String billingCycle, String termDuration,
                                   @NotNull(message = "is required: {subscriptionId, scope, duration, autoRenew}")
                                   @Valid ProvisioningContextBody provisioningContext,
                                   String orderGroup, CartErrorBody error, List<KeyValueBody> participants,
                                   Boolean attestationAccepted, String customTermEndDate, String promotionId) {
    }

    /**
     * Partner Center's {@code Cart} as its SDKs send it on create and on update (the whole cart as read, the
     * read-only members included and ignored): only {@code lineItems} counts.
     */
    public record CartBody(String id, String creationTimestamp, String lastModifiedTimestamp,
                           String expirationTimestamp, String lastModifiedUser, String status,
                           @NotNull(message = "is required: at least one line item")
                           @Size(min = 1, max = 20) List<@NotNull @Valid CartLineItemBody> lineItems,
                           LinksBody links, Attributes attributes) {
        List<LineRequest> parsed() {
            List<LineRequest> lines = new java.util.ArrayList<>();
            for (int i = 0; i < lineItems.size(); i++) {
                CartLineItemBody item = lineItems.get(i);
                String path = "lineItems[" + i + "]";
                BillingCycle cycle = item.billingCycle() == null ? BillingCycle.UPFRONT
                        : BillingCycle.ofPartnerCenter(item.billingCycle(), path + ".billingCycle");
                lines.add(line(item.catalogItemId(), "catalogItemId", item.termDuration(), path, item.quantity(), cycle,
                        item.provisioningContext(), item.friendlyName()));
            }
            return lines;
        }
    }

    public record SelfLink(Link self) {
    }

    public record OrderLinks(Link self, Link provisioningStatus) {
    }

    /** Partner Center's provisioning context on the way out: strings only ({@code "autoRenew": "true"}). */
    static Map<String, String> contextOf(UUID subscriptionId, String scope, String resourceGroup, Term term,
                                                   boolean autoRenew) {
        Map<String, String> context = new java.util.LinkedHashMap<>();
        context.put("subscriptionId", subscriptionId.toString());
        context.put("scope", scope);
        if (resourceGroup != null) {
            context.put("resourceGroup", resourceGroup);
        }
        context.put("duration", term.duration());
        context.put("autoRenew", String.valueOf(autoRenew));
        return context;
    }

    /**
     * Partner Center's order line: numbered from 0, {@code offerId} the catalog item id, prices as JSON
     * numbers in the order's {@code currencyCode}; {@code reservationId} (the reservation it made) is ours.
     */
    public record OrderLineItemView(int lineItemNumber, String offerId, String friendlyName, int quantity,
                                    String termDuration, Map<String, String> provisioningContext,
                                    BigDecimal unitPrice, BigDecimal totalPrice, String reservationId) {
        static OrderLineItemView of(OrderLineItem line) {
            Term term = Term.valueOf(line.term());
            return new OrderLineItemView(line.lineNumber() - 1, new CatalogItemId(line.skuId(), term).wire(),
                    line.friendlyName(), line.quantity(), term.wire(),
                    contextOf(line.subscriptionId(), line.scope(), line.resourceGroup(), term,
                            line.autoRenew()), line.unitPrice(), line.totalPrice(), line.reservationId().toString());
        }
    }

    public record PurchasedBy(String operatorType, String userPrincipalName) {
    }

    /**
     * Partner Center's order ({@code id, referenceCustomerId, billingCycle, currencyCode, lineItems,
     * creationDate, status, transactionType, totalPrice, links, attributes}); ours besides: {@code kind},
     * {@code billedTo} and {@code purchasedBy}.
     */
    public record OrderView(String id, String referenceCustomerId, String billingCycle, String currencyCode,
                            List<OrderLineItemView> lineItems, BigDecimal totalPrice, OffsetDateTime creationDate,
                            String status, String transactionType, String kind, String billedTo,
                            PurchasedBy purchasedBy, OrderLinks links, Attributes attributes) {
        static OrderView of(CustomerOrder order) {
            // Relative to /v1, as Partner Center's links are and both SDKs join them (ADR 0015).
            String self = "/customers/" + order.customerId() + "/orders/" + order.id();
            return new OrderView(order.id().toString(), order.customerId().toString(),
                    order.billingCycle().partnerCenter(), order.currency(),
                    order.lineItems().stream().map(OrderLineItemView::of).toList(), order.total().amount(),
                    order.creationDate(), order.status(), "UserPurchase", order.kind(), "partner",
                    new PurchasedBy(order.operatorType(), order.userPrincipalName()),
                    new OrderLinks(Link.get(self, List.of()), null), Attributes.of("Order"));
        }
    }

    /** Partner Center's cart line; {@code orderGroup} is the order the checkout will make of it. */
    public record CartLineItemView(int id, String catalogItemId, String friendlyName, int quantity, String currencyCode,
                                   String billingCycle, String termDuration, Map<String, String> provisioningContext,
                                   String orderGroup) {
    }

    public record CartView(String id, OffsetDateTime creationTimestamp, OffsetDateTime lastModifiedTimestamp,
                           OffsetDateTime expirationTimestamp, String lastModifiedUser, String status,
                           List<CartLineItemView> lineItems, SelfLink links, Attributes attributes) {
        static CartView of(Cart cart, String currency) {
            return new CartView(cart.id().toString(), cart.creationTimestamp(), cart.lastModifiedTimestamp(),
                    cart.expirationTimestamp(), cart.lastModifiedUser(), cart.status(), cart.lineItems().stream()
                    .map(line -> new CartLineItemView(line.lineNumber(), line.catalogItemId().wire(),
                            line.friendlyName(), line.quantity(), currency, line.billingCycle().partnerCenter(),
                            line.term().wire(), contextOf(line.subscriptionId(), line.scope(),
                            line.resourceGroup(), line.term(), line.autoRenew()),
                            String.valueOf(cart.orderGroupOf(line)))).toList(),
                    new SelfLink(Link.get("/customers/" + cart.customerId() + "/carts/" + cart.id(), List.of())),
                    Attributes.of("Cart", cart.version()));
        }
    }

    /** Partner Center's {@code OrderError}: an order group that could not be ordered. */
    public record OrderErrorView(String orderGroupId, int code, String description) {
    }

    public record CartCheckoutResultView(List<OrderView> orders, List<OrderErrorView> orderErrors,
                                         Attributes attributes) {
        static CartCheckoutResultView of(List<CustomerOrder> orders) {
            return new CartCheckoutResultView(orders.stream().map(OrderView::of).toList(), List.of(),
                    Attributes.of("CartCheckoutResult"));
        }
    }

    // ---- reservations

    public record ReservationView(String id, String orderId, String skuId, String armSkuName, String armRegionName,
                                  int quantity, String term, String billingCycle, String scope, String resourceGroup,
                                  String subscriptionId, List<String> appliedScopes, boolean autoRenew, String status,
                                  PurchasedBy purchasedBy, OffsetDateTime purchaseDate, OffsetDateTime startDate,
                                  OffsetDateTime expiryDate, MoneyView unitPrice, String renewedBy,
                                  Attributes attributes) {
        static ReservationView of(Reservation r, List<UUID> appliedScopes, OffsetDateTime now) {
            return new ReservationView(r.id().toString(), r.orderId().toString(), r.skuId(), r.armSkuName(),
                    r.armRegionName(), r.quantity(), r.term().wire(), r.billingCycle().wire(), r.scope().wire(),
                    r.resourceGroup(), r.subscriptionId().toString(),
                    appliedScopes.stream().map(UUID::toString).toList(), r.autoRenew(), r.status(now).wire(),
                    new PurchasedBy(r.operatorType(), r.userPrincipalName()), r.purchaseDate(), r.startDate(),
                    r.expiryDate(), MoneyView.of(r.unitPrice()), r.renewedBy(), Attributes.of("Reservation", r.version()));
        }
    }

    public record ScopeBody(@NotBlank(message = "is required: single, resourceGroup or shared") String scope,
                            @Size(max = 90) String resourceGroup) {
    }

    public record CancellationView(ReservationView reservation, MoneyView refund, Attributes attributes) {
    }

    /** What cancelling now would do: {@code left} never below zero, {@code allowed} false over the refund cap. */
    public record CancellationPreviewView(String reservationId, MoneyView refund, MoneyView refundLimit,
                                          MoneyView cancelledLast12Months, MoneyView left, boolean allowed,
                                          Attributes attributes) {
        static CancellationPreviewView of(ReservationLifecycle.CancellationPreview preview) {
            RefundCap.Standing standing = preview.standing();
            return new CancellationPreviewView(preview.reservation().id().toString(), MoneyView.of(standing.refund()),
                    MoneyView.of(standing.limit()), MoneyView.of(standing.cancelledLast12Months()),
                    MoneyView.of(standing.left()), standing.allowed(), Attributes.of("CancellationPreview"));
        }
    }

    public record ExchangeView(ReservationView returned, MoneyView returnedValue, OrderView order,
                               Attributes attributes) {
    }

    public record RenewalView(ReservationView reservation, OrderView renewalOrder, Attributes attributes) {
    }

    // ---- purchase notifications

    public record WebhookBody(@NotBlank @Size(max = 2000) String url,
                              @NeverLogged @Size(min = 16, max = 256, message = "must be 16 to 256 characters") String secret,
                              Boolean enabled) {
    }

    public record WebhookView(String url, boolean enabled, boolean secretSet, OffsetDateTime updatedAt, String updatedBy,
                              Attributes attributes) {
    }

    public record DeliveryAttemptView(OffsetDateTime attemptedAt, Integer httpStatus, String error, int durationMs) {
    }

    public record NotificationView(String id, String orderId, String customerId, String targetUrl, String status,
                                   int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
                                   OffsetDateTime deliveredAt, String lastError, Map<String, Object> payload,
                                   List<DeliveryAttemptView> deliveryAttempts, Attributes attributes) {
    }
}
