package org.cspdesk.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs test JWTs with the development private key that the build created (the server verifies them
 * with its public half), exactly as {@code ./cspdesk token} does.
 */
public final class Tokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static PrivateKey key;

    private Tokens() {
    }

    public static String mint(String role, String upn, String tenant) {
        return mint(role, upn, tenant, "cspdesk-dev", Instant.now().plusSeconds(3600));
    }

    public static String mint(String role, String upn, String tenant, String issuer, Instant expiry) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + upn + "\",\"upn\":\"" + upn + "\",\"groups\":[\""
                + role + "\"],\"tid\":\"" + tenant + "\",\"iat\":" + now + ",\"exp\":" + expiry.getEpochSecond()
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
    }

    private static synchronized PrivateKey key() throws Exception {
        if (key == null) {
            String pem = Files.readString(Path.of(System.getProperty("it.private.key")));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
        return key;
    }
}
