package org.cspdesk.platform.security;

import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.OperatorType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache of verified tokens never outlives a token and never grows past its bound. */
class VerifiedTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private static Caller expiringAt(Instant expiry) {
        return new Caller("admin@partner.example", "oid", Set.of("AdminAgent"), OperatorType.PARTNER, "tenant", null,
                null, expiry);
    }

    @Test
    void aTokenIsServedUntilItExpiresAndNeverAfter() {
        VerifiedTokens cache = new VerifiedTokens(10);
        String key = VerifiedTokens.key("header.payload.signature");
        cache.put(key, expiringAt(NOW.plusSeconds(60)));
        assertThat(cache.get(key, NOW.plusSeconds(59))).isNotNull();
        assertThat(cache.get(key, NOW.plusSeconds(60))).isNull();
        assertThat(cache.size()).as("the expired entry is gone").isZero();
    }

    @Test
    void pastItsBoundTheLeastRecentlyUsedTokenGoes() {
        VerifiedTokens cache = new VerifiedTokens(2);
        cache.put("a", expiringAt(NOW.plusSeconds(600)));
        cache.put("b", expiringAt(NOW.plusSeconds(600)));
        cache.get("a", NOW);
        cache.put("c", expiringAt(NOW.plusSeconds(600)));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("b", NOW)).isNull();
        assertThat(cache.get("a", NOW)).isNotNull();
    }

    @Test
    void theKeyIsTheTokensHashNotTheToken() {
        assertThat(VerifiedTokens.key("x.y.z")).doesNotContain("x.y.z").hasSize(44);
    }
}
