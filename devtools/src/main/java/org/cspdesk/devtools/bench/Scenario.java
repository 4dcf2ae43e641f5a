package org.cspdesk.devtools.bench;

import java.net.http.HttpRequest;

/** One kind of request the load generator sends, again and again, from several clients at once. */
interface Scenario {
    String name();

    /**
     * The {@code iteration}-th request of client {@code client} (0-based). Clients call this from their own
     * threads; a scenario that keeps state keeps it per client.
     */
    HttpRequest request(int client, long iteration);

    /** Whether the answer is the one the scenario expects; anything else is counted as an error. */
    default boolean expected(int status) {
        return status >= 200 && status < 300;
    }
}
