package org.cspdesk.devtools.bench;

import org.cspdesk.devtools.DevToken;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;

/** Tokens signed with the benchmark server's development key, as {@code ./cspdesk token} signs them. */
final class BenchTokens {
    private static final Duration LIFETIME = Duration.ofHours(2);

    private final PrivateKey key;

    BenchTokens(Path keys) throws IOException, GeneralSecurityException {
        this.key = DevToken.readPrivateKey(keys.resolve("dev-private.pem"));
    }

    String adminAgent() {
        return DevToken.sign(key, BenchOptions.ISSUER, "AdminAgent", "adminagent@partner.cspdesk.dev",
                BenchOptions.PARTNER_TENANT, Instant.now().plus(LIFETIME));
    }

    /** The Owner of customer {@code n}: a customer user of that customer's tenant. */
    String owner(int n) {
        return DevToken.sign(key, BenchOptions.ISSUER, "CustomerUser", Fixture.ownerUpn(n),
                Fixture.customerId(n).toString(), Instant.now().plus(LIFETIME));
    }
}
