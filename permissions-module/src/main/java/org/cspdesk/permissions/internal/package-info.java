/**
 * Self-serve policies and the rules of switching them: {@link
 * org.cspdesk.permissions.internal.SelfServePolicy} (the aggregate) and {@link
 * org.cspdesk.permissions.internal.SelfServePolicies} (the service that changes it, asks the
 * prerequisites first and announces every change).
 */
package org.cspdesk.permissions.internal;
