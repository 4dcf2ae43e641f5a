package org.cspdesk.platform.security;

import org.cspdesk.platform.api.Roles;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which CSP Desk role a partner user or application holds, from the app roles ({@code roles}) and groups
 * ({@code groups}) its provider puts in the token, as {@code CSPDESK_ROLE_MAP} says:
 * {@code AdminAgent=<app role value or group id>,SalesAgent=...}; a role may be named more than once, for
 * several app roles or groups. Without a map each partner role is held by the app role of its own name
 * (Entra ID app roles whose values are {@code AdminAgent}, {@code SalesAgent} and so on), and never by a group:
 * a group's value in a token may be a name (other providers, Entra ID's display names), and whoever may make a
 * group could name it {@code GlobalAdmin}. {@code CustomerUser}
 * is never mapped: it follows from being a known user of a customer's tenant.
 */
final class RoleMapping {
    private final Map<String, Set<String>> rolesByValue;
    /** Whether groups give roles: only when a map names them. */
    private final boolean byGroups;

    private RoleMapping(Map<String, Set<String>> rolesByValue, boolean byGroups) {
        this.rolesByValue = rolesByValue;
        this.byGroups = byGroups;
    }

    /** Parses the map; a malformed one stops the deployment, with what is wrong. */
    static RoleMapping parse(String configured) {
        Map<String, Set<String>> byValue = new HashMap<>();
        if (configured == null || configured.isBlank()) {
            Roles.PARTNER_ROLES.forEach(role -> byValue.put(role, Set.of(role)));
            return new RoleMapping(byValue, false);
        }
        for (String pair : configured.split(",")) {
            int equals = pair.indexOf('=');
            String role = equals < 0 ? "" : pair.substring(0, equals).strip();
            String value = equals < 0 ? "" : pair.substring(equals + 1).strip();
            if (!Roles.PARTNER_ROLES.contains(role) || value.isEmpty()) {
                throw new IllegalStateException("CSPDESK_ROLE_MAP: '" + pair.strip() + "' is not ROLE=VALUE with ROLE one of "
                        + Roles.PARTNER_ROLES + " and VALUE an app role value or a group id");
            }
            byValue.computeIfAbsent(value, key -> new HashSet<>()).add(role);
        }
        return new RoleMapping(byValue, true);
    }

    /** The CSP Desk roles those app roles ({@code roles}) and groups ({@code groups}) give. */
    Set<String> partnerRoles(Collection<String> appRoles, Collection<String> groups) {
        Set<String> roles = new HashSet<>();
        for (String value : appRoles) {
            roles.addAll(rolesByValue.getOrDefault(value, Set.of()));
        }
        if (byGroups) {
            for (String value : groups) {
                roles.addAll(rolesByValue.getOrDefault(value, Set.of()));
            }
        }
        return roles;
    }
}
