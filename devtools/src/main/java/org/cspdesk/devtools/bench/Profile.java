package org.cspdesk.devtools.bench;

import java.time.Duration;

/**
 * How long and how big a run is. {@code quick} finishes in about three minutes on two cores; {@code full}
 * measures longer and fills the activity log with ten million records, the size the audit-query goal names.
 */
enum Profile {
    QUICK(Duration.ofSeconds(3), Duration.ofSeconds(4), 1_000_000),
    FULL(Duration.ofSeconds(15), Duration.ofSeconds(20), 10_000_000);

    /** Concurrent clients of every load scenario and of pgbench. */
    static final int CLIENTS = 16;
    /** Customers that satisfy the prerequisites and start with the switch off (the switch scenario). */
    static final int SWITCH_CUSTOMERS = 10_000;
    /** Customers with the switch on whose Owners buy (the purchase scenario). */
    static final int PURCHASE_CUSTOMERS = 1_000;
    /** Records the CSV export scenario streams, whatever the size of the log. */
    static final int EXPORT_RECORDS = 1_000_000;

    final Duration warmup;
    final Duration measure;
    final long auditRecords;

    Profile(Duration warmup, Duration measure, long auditRecords) {
        this.warmup = warmup;
        this.measure = measure;
        this.auditRecords = auditRecords;
    }
}
