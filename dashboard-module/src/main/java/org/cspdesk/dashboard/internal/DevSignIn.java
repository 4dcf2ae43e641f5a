package org.cspdesk.dashboard.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Signs development tokens as {@code ./cspdesk token} does (RS256; {@code upn}, {@code groups} with the role,
 * {@code tid}), for the dashboard's development sign-in. The key is read once, at start, so that a
 * misconfiguration (a real issuer, a missing key) stops the deployment instead of failing a sign-in later.
 */
@ApplicationScoped
public class DevSignIn {
    private static final Logger LOG = Logger.getLogger(DevSignIn.class.getName());

    @Inject
    @ConfigProperty(name = "CSPDESK_DEV_SIGNIN_KEY")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "CSPDESK_DEV_ISSUER", defaultValue = "cspdesk-dev")
    String issuer;

    @Inject
    @ConfigProperty(name = "CSPDESK_DEV_SIGNIN_MINUTES", defaultValue = "60")
    int minutes;

    private DevSignInSettings settings;
    private PrivateKey key;

    /** Checks the settings when the application starts: a refused combination fails the deployment. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        settings();
    }

    public synchronized DevSignInSettings settings() {
        if (settings == null) {
            DevSignInSettings read = DevSignInSettings.of(keyFile, issuer, minutes);
            if (read.enabled()) {
                key = readKey(read);
                LOG.warning("The development sign-in is ON: anyone reaching this server can sign in in any role. "
                        + "It is for development only (CSPDESK_DEV_SIGNIN_KEY).");
            }
            settings = read;
        }
        return settings;
    }

    public boolean enabled() {
        return settings().enabled();
    }

    /** A signed token for that role, user and tenant, valid for the configured minutes. */
    public SignedToken sign(String role, String upn, String tenant) {
        if (!enabled()) {
            throw new IllegalStateException("the development sign-in is off");
        }
        Instant now = Instant.now();
        Instant expiry = now.plusSeconds(60L * settings.minutes());
        String payload = Json.createObjectBuilder()
                .add("iss", settings.issuer()).add("sub", upn).add("upn", upn)
                .add("groups", Json.createArrayBuilder().add(role)).add("tid", tenant)
                .add("iat", now.getEpochSecond()).add("exp", expiry.getEpochSecond())
                .add("jti", UUID.randomUUID().toString()).build().toString();
        return new SignedToken(signPayload(payload), expiry);
    }

    private String signPayload(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the development key", e);
        }
    }

    private static PrivateKey readKey(DevSignInSettings settings) {
        var file = settings.privateKey().orElseThrow();
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(file).replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("CSPDESK_DEV_SIGNIN_KEY: cannot read a PKCS#8 RSA private key from "
                    + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** A token and when it expires. */
    public record SignedToken(String token, Instant expiresAt) {
    }
}
