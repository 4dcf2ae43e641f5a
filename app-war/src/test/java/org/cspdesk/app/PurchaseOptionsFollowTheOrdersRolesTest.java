package org.cspdesk.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.cspdesk.permissions.api.ReservationPurchaseRules;
import org.cspdesk.platform.api.Roles;
import org.cspdesk.reservations.web.CartsResource;
import org.cspdesk.reservations.web.OrdersResource;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchase options tell partner staff they may buy exactly when the order and cart endpoints would let their
 * role in: the partner roles of those endpoints' {@code @RolesAllowed} are {@link
 * ReservationPurchaseRules#PARTNER_BUYER_ROLES}.
 */
class PurchaseOptionsFollowTheOrdersRolesTest {

    @Test
    void thePartnerRolesThatMayBuyAreThoseTheOrderEndpointsAllow() {
        List<Method> writes = Arrays.stream(new Class<?>[]{OrdersResource.class, CartsResource.class})
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class))
                .toList();
        assertThat(writes).hasSizeGreaterThanOrEqualTo(3);
        for (Method write : writes) {
            Set<String> partnerRoles = new HashSet<>(Arrays.asList(write.getAnnotation(RolesAllowed.class).value()));
            partnerRoles.retainAll(Roles.PARTNER_ROLES);
            assertThat(partnerRoles).as(write.getDeclaringClass().getSimpleName() + "." + write.getName())
                    .isEqualTo(ReservationPurchaseRules.PARTNER_BUYER_ROLES);
        }
    }
}
