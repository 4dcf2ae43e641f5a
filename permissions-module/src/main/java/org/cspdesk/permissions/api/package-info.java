/**
 * The permissions module will own the {@code permissions} schema: self-serve policies ("Azure
 * reservations: Allow customer to purchase"), the Admin-agent-only switch and the prerequisite check
 * before it is turned on.
 */
package org.cspdesk.permissions.api;
