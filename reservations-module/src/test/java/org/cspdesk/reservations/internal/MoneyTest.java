package org.cspdesk.reservations.internal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amountsAreKeptToTheCentRoundedHalfUp() {
        assertThat(new Money(new BigDecimal("10.005"), "USD").amount()).isEqualByComparingTo("10.01");
        assertThat(new Money(new BigDecimal("10.004"), "USD").amount()).isEqualByComparingTo("10.00");
        assertThat(new Money(new BigDecimal("7"), "USD").amount().scale()).isEqualTo(2);
    }

    @Test
    void aMarkupIsAPercentOfTheListPrice() {
        Money list = new Money(new BigDecimal("245.66"), "USD");
        assertThat(list.plusPercent(new BigDecimal("12.5")).amount()).isEqualByComparingTo("276.37");
        assertThat(list.plusPercent(new BigDecimal("-10")).amount()).isEqualByComparingTo("221.09");
        assertThat(list.plusPercent(BigDecimal.ZERO)).isEqualTo(list);
    }

    @Test
    void tenThousandOrdersOfOneCentAddUpToExactlyOneHundredDollars() {
        Money total = Money.zero("USD");
        for (int i = 0; i < 10_000; i++) {
            total = total.plus(new Money(new BigDecimal("0.01"), "USD"));
        }
        assertThat(total.amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> Money.zero("USD").plus(Money.zero("EUR"))).isInstanceOf(IllegalArgumentException.class);
    }
}
