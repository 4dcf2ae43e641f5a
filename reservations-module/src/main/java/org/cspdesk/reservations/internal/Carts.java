package org.cspdesk.reservations.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cspdesk.customers.api.CustomerDirectory;
import org.cspdesk.platform.api.Actor;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.CurrentRequest;
import org.cspdesk.reservations.api.CartChanged;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Carts of reservations (docs/adr/0016): created and replaced while active and unexpired, checked out once.
 * A checkout locks the cart's row, so of two checkouts at once the second waits for the first and then
 * finds the cart ordered: it answers the first one's orders, as Partner Center's checkout does when
 * called again, and buys nothing (the primary key of cart_order, one order per cart and group, backs this up).
 */
@ApplicationScoped
public class Carts {

    @PersistenceContext(unitName = "reservations")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    ReservationCatalog catalog;

    @Inject
    ReservationPurchases purchases;

    @Inject
    Orders orders;

    @Inject
    CurrentRequest currentRequest;

    @Inject
    Event<CartChanged> changed;

    /** What a checkout answers: the orders, and whether they were placed by an earlier checkout. */
    public record Checkout(Cart cart, List<CustomerOrder> orders, boolean repeated) {
    }

    @Transactional
    public Cart create(UUID customerId, List<LineRequest> lines) {
        customers.require(customerId);
        requireInCatalog(lines);
        Actor actor = currentRequest.actor();
        Cart cart = new Cart(customerId, lines, actor.userPrincipalName(), purchases.now());
        em.persist(cart);
        em.flush();
        fire(cart, true, actor);
        return cart;
    }

    public Optional<Cart> cart(UUID customerId, UUID cartId) {
        return Optional.ofNullable(em.find(Cart.class, cartId)).filter(cart -> cart.customerId().equals(customerId))
                .filter(cart -> !cart.isExpired(purchases.now()));
    }

    /** Replaces an active cart's lines; {@code expectedVersion} (If-Match), when given, must be its version. */
    @Transactional
    public Cart replace(UUID customerId, UUID cartId, Long expectedVersion, List<LineRequest> lines) {
        customers.require(customerId);
        Cart cart = cart(customerId, cartId).orElseThrow(() -> notFound(customerId, cartId));
        if (expectedVersion != null && expectedVersion != cart.version()) {
            throw ApiProblem.preconditionFailed("Cart " + cartId + " changed since you read it; read it again and retry.");
        }
        if (cart.isOrdered()) {
            throw ApiProblem.conflict("cart_already_ordered", "Cart " + cartId + " was checked out; its orders do not"
                    + " change. Create a new cart to buy more.");
        }
        requireInCatalog(lines);
        Actor actor = currentRequest.actor();
        cart.replace(lines, actor.userPrincipalName(), purchases.now());
        em.flush();
        fire(cart, false, actor);
        return cart;
    }

    /**
     * Checks the cart out: one order per order group, under every rule of who may buy (a refusal buys
     * nothing and leaves the cart active). A cart already checked out answers its orders again.
     */
    @Transactional
    public Checkout checkout(UUID customerId, UUID cartId) {
        customers.require(customerId);
        Cart cart = Optional.ofNullable(em.find(Cart.class, cartId, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.customerId().equals(customerId))
                .orElseThrow(() -> notFound(customerId, cartId));
        if (cart.isOrdered()) {
            return new Checkout(cart, orders.ofCart(cartId), true);
        }
        if (cart.isExpired(purchases.now())) {
            throw notFound(customerId, cartId);
        }
        List<CustomerOrder> placed = purchases.placeGroups(customerId, cart.orderGroups(), cartId);
        cart.markOrdered(currentRequest.actor().userPrincipalName(), purchases.now());
        em.flush();
        return new Checkout(cart, placed, false);
    }

    private void requireInCatalog(List<LineRequest> lines) {
        lines.forEach(line -> catalog.require(line.skuId(), line.term()));
    }

    private void fire(Cart cart, boolean created, Actor actor) {
        changed.fire(new CartChanged(cart.id(), cart.customerId(), created, cart.lineItems().stream()
                .map(line -> new CartChanged.Line(line.lineNumber(), line.catalogItemId().wire(), line.quantity(),
                        line.billingCycle().partnerCenter(), line.subscriptionId(), line.scope(),
                        line.resourceGroup(), line.autoRenew())).toList(), actor, purchases.now()));
    }

    public static ApiProblem notFound(UUID customerId, UUID cartId) {
        return ApiProblem.notFound("cart_not_found", "Customer " + customerId + " has no active cart " + cartId
                + " (a cart expires " + Cart.LIFETIME.toDays() + " days after it was created).");
    }
}
