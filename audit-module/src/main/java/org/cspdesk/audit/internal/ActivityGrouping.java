package org.cspdesk.audit.internal;

import org.cspdesk.platform.api.WireValue;

/**
 * How the activity report groups the log ({@code groupBy}): the SQL expression of a group's key and the
 * order of the groups. Days are UTC days, in calendar order; the others busiest first, so the top of the
 * report answers "who (or what) changed most?".
 */
public enum ActivityGrouping implements WireValue {
    DAY("day", "to_char(operation_date at time zone 'UTC', 'YYYY-MM-DD')", "1"),
    OPERATION_TYPE("operationType", "operation_type", "count(*) desc, 1"),
    // UPNs are case-insensitive (as the UserPrincipalName filter is): one group per person.
    USER_PRINCIPAL_NAME("userPrincipalName", "lower(user_principal_name)", "count(*) desc, 1");

    private final String wire;
    private final String keySql;
    private final String orderSql;

    ActivityGrouping(String wire, String keySql, String orderSql) {
        this.wire = wire;
        this.keySql = keySql;
        this.orderSql = orderSql;
    }

    @Override
    public String wire() {
        return wire;
    }

    String keySql() {
        return keySql;
    }

    /** "1" is the key's position in the select list; count(*) is succeeded plus failed. */
    String orderSql() {
        return orderSql;
    }

    /** The {@code groupBy} parameter; {@code day} when absent, a 400 listing the choices when unknown. */
    public static ActivityGrouping parse(String groupBy) {
        return groupBy == null || groupBy.isBlank() ? DAY : WireValue.parse(ActivityGrouping.class, groupBy, "groupBy");
    }
}
