package org.cspdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cspdesk.platform.api.Caller;

/**
 * The application's one authentication mechanism (Jakarta Security allows one per module): a bearer token in
 * the {@code Authorization} header, verified by {@link TokenVerifier}, makes its caller the request's user
 * with its CSP Desk roles as groups (mapped to the roles of the same name in {@code payara-web.xml}), so that
 * {@code @RolesAllowed} decides as before.
 *
 * <p>It never answers itself: a refused token leaves its {@link Refusal} (and, when the caller is known, the
 * {@link Caller}) on the request, and the API answers it as a problem ({@link UnacceptedTokens}, {@link
 * RefusedCallers}), where a refusal can also be recorded. A request without a token goes on unauthenticated
 * (the dashboard's pages, health, the sign-in); the roles check refuses it where a role is needed.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {
    static final String REFUSAL = "org.cspdesk.token-refusal";
    private static final String BEARER = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        Verdict verdict = verifier.verify(header.substring(BEARER.length()).strip());
        if (verdict.caller() != null) {
            request.setAttribute(Caller.ATTRIBUTE, verdict.caller());
        }
        if (!verdict.isAccepted()) {
            request.setAttribute(REFUSAL, verdict.refusal());
            return context.doNothing();
        }
        Caller caller = verdict.caller();
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.userPrincipalName()), caller.roles());
    }
}
