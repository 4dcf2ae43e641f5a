package org.cspdesk.reservations.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in a currency, exact and rounded to cents (half up, as invoices are). Never a double:
 * a price list applied to thousands of orders must not drift by a cent.
 */
public record Money(BigDecimal amount, String currency) {
    static final String USD = "USD";

    public Money {
        Objects.requireNonNull(currency, "currency");
        amount = cents(Objects.requireNonNull(amount, "amount"));
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** {@code percent} more (or less, when negative): 10 gives 110 %. */
    public Money plusPercent(BigDecimal percent) {
        return new Money(amount.multiply(BigDecimal.ONE.add(percent.movePointLeft(2))), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money min(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) <= 0 ? this : other;
    }

    public boolean isLessThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
