package org.cspdesk.platform.security;

import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.OperatorType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a sign-in may send the reader back to, and which role the dashboard shows. */
class SignInServletRulesTest {

    @Test
    void theSignInReturnsOnlyToAPathOfThisServer() {
        assertThat(SignInServlet.localPath("/customers/1/account?x=1")).isEqualTo("/customers/1/account?x=1");
        for (String elsewhere : new String[]{null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "customers", "/a b", "/\tx", "javascript:alert(1)"}) {
            assertThat(SignInServlet.localPath(elsewhere)).as(String.valueOf(elsewhere)).isEqualTo("/");
        }
    }

    @Test
    void aUserHoldingSeveralRolesIsShownTheStrongest() {
        Caller caller = new Caller("a@partner.example", "oid", Set.of("HelpDeskAgent", "AdminAgent", "SalesAgent"),
                OperatorType.PARTNER, "tenant", null, null, Instant.now().plusSeconds(60));
        assertThat(SignInServlet.strongest(caller)).isEqualTo("AdminAgent");
    }
}
