package org.cspdesk.permissions.api;

import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.platform.api.WireValue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may buy Azure reservations on an eligible subscription, and the first rule that says no: stated once, for the
 * order that enforces it (reservations module) and for the purchase options that show it beforehand, so that the
 * two cannot disagree. The facts come from elsewhere: the switch from {@link PurchasePermissions}, the Azure roles
 * from {@code subscriptions.api.PurchasePrerequisites}.
 */
public final class ReservationPurchaseRules {
    /**
     * The partner roles that may place orders and check out carts: the partner roles of those endpoints'
     * {@code @RolesAllowed} (a test in app-war holds the two together).
     */
    public static final Set<String> PARTNER_BUYER_ROLES = Set.of(Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN);

    private ReservationPurchaseRules() {
    }

    /** Why a caller may not buy on a subscription. */
    public enum Refusal implements WireValue {
        /** The partner has not turned on "Allow customer to purchase". */
        PURCHASE_NOT_PERMITTED("purchase_not_permitted"),
        /** The customer's user holds neither Owner nor Reservation Purchaser on the subscription. */
        OWNER_ROLE_REQUIRED("owner_role_required"),
        /** Partner staff whose role may not place orders (Help desk agent, Billing admin). */
        PARTNER_ROLE_REQUIRED("partner_role_required");

        private final String wire;

        Refusal(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    /**
     * A customer's own user: the switch first (docs/rules.md rule 5), then Owner or Reservation Purchaser on the
     * subscription (rule 9).
     */
    public static Optional<Refusal> ofCustomerUser(boolean switchOn, boolean holdsAPurchasingRole) {
        if (!switchOn) {
            return Optional.of(Refusal.PURCHASE_NOT_PERMITTED);
        }
        return holdsAPurchasingRole ? Optional.empty() : Optional.of(Refusal.OWNER_ROLE_REQUIRED);
    }

    /** Partner staff buy for any customer, whatever its switch, in a role that may place orders. */
    public static Optional<Refusal> ofPartner(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(PARTNER_BUYER_ROLES::contains) ? Optional.empty()
                : Optional.of(Refusal.PARTNER_ROLE_REQUIRED);
    }

    /** The order's answer to {@link Refusal#PURCHASE_NOT_PERMITTED}. */
    public static ApiProblem purchaseNotPermitted() {
        return ApiProblem.forbidden(Refusal.PURCHASE_NOT_PERMITTED.wire(), "Your partner has not allowed your"
                + " organization to buy Azure reservations itself. Ask your partner to turn on 'Allow customer to"
                + " purchase', or to buy the reservation for you.");
    }

    /** The order's answer to {@link Refusal#OWNER_ROLE_REQUIRED}. */
    public static ApiProblem ownerRoleRequired(String userPrincipalName, UUID subscriptionId) {
        return ApiProblem.forbidden(Refusal.OWNER_ROLE_REQUIRED.wire(), userPrincipalName + " holds neither Owner nor"
                + " Reservation Purchaser on subscription " + subscriptionId + ". Ask your partner to assign"
                + " you one of them; nothing was bought.");
    }
}
