package org.cspdesk.permissions.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Account view of the customers read lately, each with the customer's version it was read at
 * ({@link org.cspdesk.platform.api.CustomerVersions}). Served again only while that version is the newest: any
 * committed change of the customer, its subscriptions, their roles or its policy, made on any instance, moves the
 * version on in the change's transaction, and the next read builds the view again (ADR 0022). Bounded: the least
 * recently read go first.
 */
@ApplicationScoped
public class AccountViews {
    static final int SIZE = 10_000;

    private record Entry(long version, AccountPermissionsView view) {
    }

    private final Map<UUID, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Entry> eldest) {
            return size() > SIZE;
        }
    });

    /**
     * The customer's view at {@code version}: the copy read at that version, or {@code read}'s answer, kept. The
     * version must have been read before {@code read} runs, so what is kept is never older than its version.
     */
    AccountPermissionsView at(UUID customerId, long version, Supplier<AccountPermissionsView> read) {
        Entry kept = entries.get(customerId);
        if (kept != null && kept.version() == version) {
            return kept.view();
        }
        AccountPermissionsView view = read.get();
        // Two reads racing at different versions: the newer stays.
        entries.merge(customerId, new Entry(version, view), (old, fresh) -> old.version() > fresh.version() ? old : fresh);
        return view;
    }
}
