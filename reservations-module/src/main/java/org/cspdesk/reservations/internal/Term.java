package org.cspdesk.reservations.internal;

import org.cspdesk.platform.api.WireValue;

import java.time.OffsetDateTime;

/** A reservation's commitment: one or three years (ISO-8601 durations on the wire, as in Partner Center). */
public enum Term implements WireValue {
    P1Y(1, "1Year"),
    P3Y(3, "3Years");

    private final int years;
    private final String duration;

    Term(int years, String duration) {
        this.years = years;
        this.duration = duration;
    }

    /** Partner Center's spelling of the term in a reservation's provisioning context: {@code 1Year}, {@code 3Years}. */
    public String duration() {
        return duration;
    }

    @Override
    public String wire() {
        return name();
    }

    public OffsetDateTime endOf(OffsetDateTime start) {
        return start.plusYears(years);
    }
}
