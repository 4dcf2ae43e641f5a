/**
 * The benchmark behind {@code ./cspdesk bench}: how fast CSP Desk does its real work, and how far that is
 * from the ceiling PostgreSQL itself sets.
 *
 * <p>{@link org.cspdesk.devtools.bench.Bench} starts the real WAR on Payara Micro against a throwaway
 * cluster that {@code ./cspdesk} made, seeds it ({@link org.cspdesk.devtools.bench.Fixture},
 * {@link org.cspdesk.devtools.bench.AuditLogSeeder}), drives each scenario over HTTP with
 * {@link org.cspdesk.devtools.bench.LoadGenerator}, runs {@code pgbench} with the same SQL for the write
 * scenarios ({@link org.cspdesk.devtools.bench.PgBench}) and writes {@code results.json}.
 */
package org.cspdesk.devtools.bench;
