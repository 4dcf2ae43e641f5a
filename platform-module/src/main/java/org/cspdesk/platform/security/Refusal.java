package org.cspdesk.platform.security;

/**
 * Why a bearer token is not accepted, as the caller is told: 401 when nobody is known (a bad signature, an
 * untrusted issuer), 403 when the caller is known but may do nothing here (a customer's user CSP Desk does
 * not know, a partner user without a CSP Desk role), 503 when the issuer's keys cannot be fetched now or a
 * sign-in session cannot be checked.
 */
record Refusal(int status, String code, String detail) {

    static Refusal invalidToken(String why) {
        return new Refusal(401, "invalid_token", "The token is not accepted: " + why);
    }
}
