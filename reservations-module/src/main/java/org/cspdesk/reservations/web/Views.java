package org.cspdesk.reservations.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.Ids;
import org.cspdesk.platform.api.NeverLogged;
import org.cspdesk.platform.api.WireValue;
import org.cspdesk.reservations.internal.BillingCycle;
import org.cspdesk.reservations.internal.CatalogItem;
import org.cspdesk.reservations.internal.CustomerOrder;
import org.cspdesk.reservations.internal.LineRequest;
import org.cspdesk.reservations.internal.Money;
import org.cspdesk.reservations.internal.OrderLineItem;
import org.cspdesk.reservations.internal.Placement;
import org.cspdesk.reservations.internal.PriceList;
import org.cspdesk.reservations.internal.Reservation;
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

    public record CatalogItemView(String skuId, String productId, String title, String armSkuName, String armRegionName,
                                  String term, MoneyView listPrice, Attributes attributes) {
        static CatalogItemView of(CatalogItem item) {
            return new CatalogItemView(item.skuId(), item.productId(), item.title(), item.armSkuName(),
                    item.armRegionName(), item.term().wire(), MoneyView.of(item.listPrice()),
                    Attributes.of("ReservationProduct"));
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

    // ---- orders

    public record ProvisioningContextBody(@NotBlank(message = "is required: the Azure subscription to buy on")
                                          String subscriptionId,
                                          String scope, @Size(max = 90) String resourceGroup, Boolean autoRenew) {
    }

    public record LineItemBody(@NotBlank String skuId,
                               @NotNull @Min(1) @Max(1000) Integer quantity,
                               @NotBlank(message = "is required: P1Y or P3Y") String termDuration,
                               String billingCycle,
                               @NotNull(message = "is required: {subscriptionId, scope, resourceGroup, autoRenew}")
                               @Valid ProvisioningContextBody provisioningContext) {

        LineRequest parsed() {
            ProvisioningContextBody context = provisioningContext;
            ReservationScope scope = context.scope() == null ? ReservationScope.SINGLE
                    : WireValue.parse(ReservationScope.class, context.scope(), "provisioningContext.scope");
            return new LineRequest(skuId, WireValue.parse(Term.class, termDuration, "termDuration"), quantity,
                    billingCycle == null ? BillingCycle.UPFRONT
                            : WireValue.parse(BillingCycle.class, billingCycle, "billingCycle"),
                    new Placement(Ids.parse(context.subscriptionId(), "provisioningContext.subscriptionId"), scope,
                            context.resourceGroup()),
                    Boolean.TRUE.equals(context.autoRenew()));
        }
    }

    public record OrderBody(@NotNull(message = "is required: at least one line item")
                            @Size(min = 1, max = 20) List<@NotNull @Valid LineItemBody> lineItems) {
        List<LineRequest> parsed() {
            return lineItems.stream().map(LineItemBody::parsed).toList();
        }
    }

    public record ProvisioningContextView(String subscriptionId, String scope, String resourceGroup, boolean autoRenew) {
    }

    public record LineItemView(int lineItemNumber, String skuId, int quantity, String termDuration, String billingCycle,
                               ProvisioningContextView provisioningContext, MoneyView unitPrice, MoneyView totalPrice,
                               String reservationId) {
        static LineItemView of(OrderLineItem line, String currency) {
            return new LineItemView(line.lineNumber(), line.skuId(), line.quantity(), line.term(), line.billingCycle(),
                    new ProvisioningContextView(line.subscriptionId().toString(), line.scope(), line.resourceGroup(),
                            line.autoRenew()), MoneyView.of(line.unitPrice(), currency),
                    MoneyView.of(line.totalPrice(), currency), line.reservationId().toString());
        }
    }

    public record PurchasedBy(String operatorType, String userPrincipalName) {
    }

    public record OrderView(String id, String customerId, String kind, List<LineItemView> lineItems, MoneyView totalPrice,
                            String billedTo, PurchasedBy purchasedBy, OffsetDateTime creationDate, String status,
                            Attributes attributes) {
        static OrderView of(CustomerOrder order) {
            return new OrderView(order.id().toString(), order.customerId().toString(), order.kind(),
                    order.lineItems().stream().map(line -> LineItemView.of(line, order.currency())).toList(),
                    MoneyView.of(order.total()), "partner",
                    new PurchasedBy(order.operatorType(), order.userPrincipalName()), order.creationDate(),
                    order.status(), Attributes.of("Order"));
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
