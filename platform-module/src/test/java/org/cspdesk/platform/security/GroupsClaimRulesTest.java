package org.cspdesk.platform.security;

import jakarta.json.JsonObject;
import org.cspdesk.platform.web.StrictJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a signed token's claims must keep (GroupsClaimRules), one by one. */
class GroupsClaimRulesTest {
    private static final String PARTNER = "7d3c1a2b-5e4f-4a6b-9c8d-0e1f2a3b4c5d";
    private static final String CUSTOMER = "0f8e2a4c-1111-4c2b-9d3e-123456789abc";
    private static final long NOW = 1_800_000_000L;

    private static String broken(String claims) {
        return new GroupsClaimRules(PARTNER, 30).brokenRule((JsonObject) StrictJson.parse(claims.getBytes(StandardCharsets.UTF_8)), NOW);
    }

    @Test
    void aPartnerTokenInThePartnersTenantKeepsEveryRule() {
        assertThat(broken("{\"groups\":[\"AdminAgent\"],\"tid\":\"" + PARTNER + "\",\"iat\":" + NOW + "}")).isNull();
        assertThat(broken("{\"groups\":[\"CustomerUser\"],\"tid\":\"" + CUSTOMER + "\",\"nbf\":" + (NOW + 30) + "}"))
                .isNull();
    }

    @Test
    void aTokenIssuedOrValidOnlyInTheFutureIsNotValidYet() {
        assertThat(broken("{\"groups\":[\"AdminAgent\"],\"tid\":\"" + PARTNER + "\",\"iat\":" + (NOW + 86_400) + "}"))
                .contains("not valid yet");
        assertThat(broken("{\"groups\":[\"AdminAgent\"],\"tid\":\"" + PARTNER + "\",\"nbf\":" + (NOW + 31) + "}"))
                .contains("not valid yet");
        assertThat(broken("{\"groups\":[\"AdminAgent\"],\"tid\":\"" + PARTNER + "\",\"nbf\":\"soon\"}"))
                .contains("'nbf' must be a time");
    }

    @Test
    void aTimeBeyondALongIsNotValidYetEither() {
        // longValue() keeps the low 64 bits: nbf = 2^64 + 1 read as 1 (1970), and 1e19 as a time in the past.
        for (String time : new String[]{"18446744073709551617", "1e19", "9223372036854775808", "1e40"}) {
            assertThat(broken("{\"groups\":[\"AdminAgent\"],\"tid\":\"" + PARTNER + "\",\"nbf\":" + time + "}"))
                    .contains("not valid yet");
        }
    }

    @Test
    void groupsMustBeAListOfNames() {
        assertThat(broken("{\"groups\":\"AdminAgent\",\"tid\":\"" + PARTNER + "\"}")).contains("list of role names");
        assertThat(broken("{\"groups\":[\"AdminAgent\",1],\"tid\":\"" + PARTNER + "\"}")).contains("list of role names");
    }

    @Test
    void aUserIsPartnerOrCustomerNeverBoth() {
        assertThat(broken("{\"groups\":[\"CustomerUser\",\"AdminAgent\"],\"tid\":\"" + CUSTOMER + "\"}"))
                .contains("both partner and customer roles");
    }

    @Test
    void theTenantMustMatchTheRoles() {
        assertThat(broken("{\"groups\":[\"AdminAgent\"],\"tid\":\"" + CUSTOMER + "\"}")).contains("partner's tenant");
        assertThat(broken("{\"groups\":[\"AdminAgent\"]}")).contains("'tid'");
        assertThat(broken("{\"groups\":[\"CustomerUser\"],\"tid\":\"" + PARTNER + "\"}")).contains("customer's tenant");
        assertThat(broken("{\"groups\":[\"CustomerUser\"],\"tid\":\"contoso\"}")).contains("customer's tenant");
    }
}
