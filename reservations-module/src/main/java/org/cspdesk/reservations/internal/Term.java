package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

import java.time.OffsetDateTime;

/** A reservation's commitment: one or three years (ISO-8601 durations on the wire, as in Partner Center). */
public enum Term implements WireValue {
    P1Y(1),
    P3Y(3);

    private final int years;

    Term(int years) {
        this.years = years;
    }

    @Override
    public String wire() {
        return name();
    }

    public OffsetDateTime endOf(OffsetDateTime start) {
        return start.plusYears(years);
    }
}
