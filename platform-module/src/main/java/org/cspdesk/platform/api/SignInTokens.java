package org.cspdesk.platform.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The access tokens CSP Desk signs itself for a signed-in dashboard user: RS256 with CSP Desk's own key
 * ({@code CSPDESK_SIGNING_KEY}, a PKCS#8 PEM file; never the development key in production), issuer
 * {@code CSPDESK_SIGNIN_ISSUER}, the caller's CSP Desk roles in {@code groups} and its session in {@code sid}.
 * The API verifies them like any trusted issuer's, with the public half of the same key.
 */
@ApplicationScoped
public class SignInTokens {

    @Inject
    @ConfigProperty(name = "CSPDESK_SIGNING_KEY")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "CSPDESK_SIGNIN_ISSUER", defaultValue = "cspdesk")
    String issuer;

    private volatile Keys keys;

    public boolean configured() {
        return keyFile.filter(file -> !file.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer;
    }

    /** The public key tokens are verified with; only when {@link #configured()}. */
    public RSAPublicKey publicKey() {
        return keys().publicKey();
    }

    /** A token for that caller and session, valid until {@code expiresAt}. */
    public String sign(Caller caller, String sessionId, Instant expiresAt) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer).subject(caller.objectId()).claim("upn", caller.userPrincipalName())
                .claim("groups", List.copyOf(caller.roles())).claim("tid", caller.tenantId())
                .claim("oid", caller.objectId()).claim("sid", sessionId)
                .issueTime(Date.from(now)).expirationTime(Date.from(expiresAt)).jwtID(UUID.randomUUID().toString());
        if (caller.applicationId() != null) {
            claims.claim("azp", caller.applicationId());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(keys().privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with CSPDESK_SIGNING_KEY", e);
        }
        return jwt.serialize();
    }

    private Keys keys() {
        Keys read = keys;
        if (read == null) {
            Path file = Path.of(keyFile.filter(name -> !name.isBlank()).orElseThrow(
                    () -> new IllegalStateException("CSPDESK_SIGNING_KEY is not set")).strip());
            read = Keys.read(file);
            keys = read;
        }
        return read;
    }

    private record Keys(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
        static Keys read(Path file) {
            try {
                byte[] der = Base64.getMimeDecoder().decode(Files.readString(file).replaceAll("-----[A-Z ]+-----", ""));
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
                RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                        new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
                return new Keys(privateKey, publicKey);
            } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
                throw new IllegalStateException("CSPDESK_SIGNING_KEY: cannot read a PKCS#8 RSA private key from "
                        + file + " (" + e.getMessage() + ")", e);
            }
        }
    }
}
