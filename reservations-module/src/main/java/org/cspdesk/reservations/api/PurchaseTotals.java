package org.cspdesk.reservations.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number of orders and what they cost, exact to the cent.
 *
 * @param orders   how many orders
 * @param amount   their total, scale 2
 * @param currency ISO 4217 code of {@code amount}
 */
public record PurchaseTotals(long orders, BigDecimal amount, String currency) {

    public PurchaseTotals {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static PurchaseTotals none(String currency) {
        return new PurchaseTotals(0, BigDecimal.ZERO.setScale(2), currency);
    }
}
