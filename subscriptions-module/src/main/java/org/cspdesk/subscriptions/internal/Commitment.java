package org.cspdesk.subscriptions.internal;

import org.cspdesk.platform.api.ApiProblem;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How a subscription is billed and committed, as Partner Center answers it. A usage-based (Azure) offer is billed
 * monthly in arrears, has no term and does not renew; its commitment ends "never", which Partner Center writes as
 * a date far in the future. A licence offer has a term (P1M or P1Y), is billed monthly or, for a P1Y term,
 * annually, and renews unless told not to; its commitment ends the day before the term does, and a renewing
 * subscription's current term is the one that contains today.
 */
record Commitment(String billingCycle, String termDuration, boolean autoRenewEnabled) {
    static final String MONTHLY = "monthly";
    static final String ANNUAL = "annual";
    /** What Partner Center answers as the commitment end of a subscription without one. */
    static final LocalDate NO_END = LocalDate.of(9999, 12, 14);

    /** The commitment a purchase asks for, checked against the offer; null members take the defaults. */
    static Commitment of(Offer offer, String billingCycle, String termDuration, Boolean autoRenewEnabled) {
        if (offer.isAzure()) {
            if (billingCycle != null && !MONTHLY.equals(billingCycle)) {
                throw ApiProblem.badRequest("invalid_value", "An " + offer.name() + " subscription is billed monthly"
                        + " ('billingCycle' must be monthly or left out).").with("field", "billingCycle");
            }
            if (termDuration != null) {
                throw ApiProblem.badRequest("invalid_value", "An " + offer.name() + " subscription is usage-based and"
                        + " has no term: leave 'termDuration' out.").with("field", "termDuration");
            }
            if (Boolean.TRUE.equals(autoRenewEnabled)) {
                throw ApiProblem.badRequest("invalid_value", "An " + offer.name() + " subscription does not renew:"
                        + " 'autoRenewEnabled' must be false or left out.").with("field", "autoRenewEnabled");
            }
            return new Commitment(MONTHLY, null, false);
        }
        String term = termDuration == null ? "P1M" : termDuration;
        if (!term.equals("P1M") && !term.equals("P1Y")) {
            throw ApiProblem.badRequest("invalid_value", "'termDuration' must be P1M or P1Y (got '"
                    + org.cspdesk.platform.api.Echo.shortly(term) + "').").with("field", "termDuration");
        }
        String cycle = billingCycle == null ? MONTHLY : billingCycle;
        if (!cycle.equals(MONTHLY) && !cycle.equals(ANNUAL)) {
            throw ApiProblem.badRequest("invalid_value", "'billingCycle' must be monthly or annual (got '"
                    + org.cspdesk.platform.api.Echo.shortly(cycle) + "').").with("field", "billingCycle");
        }
        if (cycle.equals(ANNUAL) && term.equals("P1M")) {
            throw ApiProblem.badRequest("invalid_value", "A P1M term is billed monthly; annual billing needs a P1Y"
                    + " term.").with("field", "billingCycle");
        }
        return new Commitment(cycle, term, autoRenewEnabled == null || autoRenewEnabled);
    }

    /** The last day of the commitment in force on {@code today}, for a subscription that started on {@code start}. */
    LocalDate endDate(LocalDate start, LocalDate today) {
        if (termDuration == null) {
            return NO_END;
        }
        Period term = Period.parse(termDuration);
        int terms = 1;
        // Counted from the start each time, so that a term begun on the 31st keeps ending on the 30th or 31st.
        while (autoRenewEnabled && !start.plus(term.multipliedBy(terms)).isAfter(today)) {
            terms++;
        }
        return start.plus(term.multipliedBy(terms)).minusDays(1);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
