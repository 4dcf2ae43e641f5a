package org.cspdesk.dashboard.internal;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the development sign-in is on, and with which key. It is on only when {@code CSPDESK_DEV_SIGNIN_KEY}
 * names the development private key, and only while tokens are verified for the development issuer: a server
 * that trusts a real identity provider must never mint tokens itself, so that combination is refused at start.
 *
 * @param privateKey the PKCS#8 PEM file the server signs with, when on
 * @param minutes    how long a signed-in token lives: short, since the application holds it in memory only
 */
public record DevSignInSettings(Optional<Path> privateKey, String issuer, int minutes) {
    /** The issuer of {@code ./cspdesk token}'s tokens: the only one the development sign-in works with. */
    public static final String DEVELOPMENT_ISSUER = "cspdesk-dev";

    public DevSignInSettings {
        if (privateKey.isPresent() && !DEVELOPMENT_ISSUER.equals(issuer)) {
            throw new IllegalStateException("The development sign-in (CSPDESK_DEV_SIGNIN_KEY) is refused: tokens are "
                    + "verified for the issuer '" + issuer + "', not the development issuer '" + DEVELOPMENT_ISSUER
                    + "'. Unset CSPDESK_DEV_SIGNIN_KEY on a server that trusts a real identity provider.");
        }
        if (minutes < 1 || minutes > 480) {
            throw new IllegalStateException("CSPDESK_DEV_SIGNIN_MINUTES must be 1 to 480, not " + minutes);
        }
    }

    public static DevSignInSettings of(Optional<String> keyFile, String issuer, int minutes) {
        return new DevSignInSettings(keyFile.map(String::strip).filter(file -> !file.isEmpty()).map(Path::of),
                issuer, minutes);
    }

    public boolean enabled() {
        return privateKey.isPresent();
    }
}
