package org.cspdesk.it;

import org.cspdesk.devtools.DevToken;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;

/**
 * Signs test JWTs with the development private key that the build created (the server verifies them
 * with its public half), exactly as {@code ./cspdesk token} does.
 */
public final class Tokens {
    private static PrivateKey key;

    private Tokens() {
    }

    public static String mint(String role, String upn, String tenant) {
        return mint(role, upn, tenant, "cspdesk-dev", Instant.now().plusSeconds(3600));
    }

    public static String mint(String role, String upn, String tenant, String issuer, Instant expiry) {
        return DevToken.sign(key(), issuer, role, upn, tenant, expiry);
    }

    /** A token of exactly these claims (JSON), signed with the development key as the server expects. */
    public static String signed(String claims) {
        return DevToken.signPayload(key(), claims);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = DevToken.readPrivateKey(Path.of(System.getProperty("it.private.key")));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the test signing key", e);
            }
        }
        return key;
    }
}
