package org.cspdesk.platform.security;

import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.OperatorType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard sign-in's cookies, its answers to other sites, the order of roles (SignInServletRulesTest: the return path). */
class SignInServletTest {

    @Test
    void aProblemIsAddedToTheReturnPathsQueryBeforeItsFragment() {
        assertThat(SignInServlet.problemLocation("/", "no_role")).isEqualTo("/?signInProblem=no_role");
        assertThat(SignInServlet.problemLocation("/customers?q=a", "sign_in_expired"))
                .isEqualTo("/customers?q=a&signInProblem=sign_in_expired");
        assertThat(SignInServlet.problemLocation("/customers#top", "invalid_sign_in"))
                .isEqualTo("/customers?signInProblem=invalid_sign_in#top");
    }

    @Test
    void theSessionCookieGoesOnlyToTheSignInNeverCrossSiteAndScriptsCannotReadIt() {
        assertThat(SignInServlet.sessionCookie("r3fr3sh", 3600))
                .isEqualTo("cspdesk_session=r3fr3sh; Path=/auth; Max-Age=3600; HttpOnly; Secure; SameSite=Strict");
    }

    @Test
    void theLoginCookieComesBackOnTheProvidersRedirectToTheCallbackOnly() {
        assertThat(SignInServlet.loginCookie("st4te", 600))
                .isEqualTo("cspdesk_signin=st4te; Path=/auth/callback; Max-Age=600; HttpOnly; Secure; SameSite=Lax");
    }

    @Test
    void aClearedCookieHasNoValueAndExpiresAtOnce() {
        assertThat(SignInServlet.sessionCookie("", 0)).startsWith("cspdesk_session=; Path=/auth; Max-Age=0;");
    }

    @Test
    void everyRoleRanksInTheOrderTheDashboardShowsThem() {
        assertThat(SignInServlet.strongest(partner("SalesAgent", "GlobalAdmin", "HelpDeskAgent"))).isEqualTo("GlobalAdmin");
        assertThat(SignInServlet.strongest(partner("BillingAdmin", "SalesAgent"))).isEqualTo("SalesAgent");
        assertThat(SignInServlet.strongest(partner("HelpDeskAgent", "BillingAdmin"))).isEqualTo("BillingAdmin");
        assertThat(SignInServlet.strongest(partner("AdminAgent", "SalesAgent"))).isEqualTo("AdminAgent");
        assertThat(SignInServlet.strongest(partner("CustomerUser"))).isEqualTo("CustomerUser");
        assertThat(SignInServlet.strongest(partner())).isEmpty();
    }

    @Test
    void aPostFromAnotherSiteIsNotTheDashboards() {
        assertThat(SignInServlet.sameOrigin(null, "desk.partner.example")).as("no Origin: not a browser's cross-site POST").isTrue();
        assertThat(SignInServlet.sameOrigin("https://desk.partner.example", "desk.partner.example")).isTrue();
        assertThat(SignInServlet.sameOrigin("http://localhost:8282", "localhost:8282")).isTrue();
        assertThat(SignInServlet.sameOrigin("https://evil.example", "desk.partner.example")).isFalse();
        assertThat(SignInServlet.sameOrigin("http://localhost:9999", "localhost:8282")).as("another port").isFalse();
        assertThat(SignInServlet.sameOrigin("null", "desk.partner.example")).as("an opaque origin").isFalse();
    }

    @Test
    void signingOutForgetsTheSessionCookieEvenWhenTheDatabaseCannotEndTheSession() throws Exception {
        SignInServlet servlet = new SignInServlet();
        servlet.settings = new SignInSettings();
        servlet.settings.publicBaseUrl = Optional.empty();
        servlet.store = new SignInStore() {
            @Override
            void revoke(String refreshToken, String reason) throws SQLException {
                throw new SQLException("the database is away");
            }
        };
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method.getName()) {
            case "getMethod" -> "POST";
            case "getPathInfo" -> "/logout";
            case "getHeader" -> "Host".equals(args[0]) ? "localhost:8282" : null;
            case "getCookies" -> new Cookie[]{new Cookie(SignInServlet.SESSION_COOKIE, "r3fr3sh")};
            default -> null;
        });
        List<String> setCookies = new ArrayList<>();
        int[] status = {0};
        StringWriter body = new StringWriter();
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> {
            switch (method.getName()) {
                case "addHeader" -> {
                    if ("Set-Cookie".equals(args[0])) {
                        setCookies.add((String) args[1]);
                    }
                }
                case "setStatus" -> status[0] = (Integer) args[0];
                case "getWriter" -> {
                    return new PrintWriter(body);
                }
                default -> {
                }
            }
            return null;
        });

        servlet.doPost(request, response);

        assertThat(status[0]).isEqualTo(503);
        assertThat(setCookies).as("the browser no longer holds the session: a reload does not resume it")
                .contains(SignInServlet.sessionCookie("", 0));
    }

    private interface Answer {
        Object answer(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> answer.answer(method, args)));
    }

    private static Caller partner(String... roles) {
        return new Caller("someone@partner.example", "6c3a1f0e", Set.of(roles), OperatorType.PARTNER,
                "7d3c1a2b-5e4f-4a6b-9c8d-0e1f2a3b4c5d", null, null, Instant.now().plusSeconds(60));
    }
}
