package org.cspdesk.platform.api;

/**
 * Whether a dashboard sign-in session is still alive (its implementation lives with the sign-in). A token
 * CSP Desk signed for a session is accepted only while its session is: signing out ends it at once, on
 * every instance, and not minutes later when the token expires.
 */
public interface SignInSessions {

    boolean isActive(String sessionId);
}
