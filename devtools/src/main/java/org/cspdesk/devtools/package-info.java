/**
 * Tools around CSP Desk that never ship in the WAR: {@link org.cspdesk.devtools.DevToken}, the development
 * token minter behind {@code ./cspdesk token}, and the benchmark behind {@code ./cspdesk bench}
 * ({@link org.cspdesk.devtools.bench}).
 */
package org.cspdesk.devtools;
