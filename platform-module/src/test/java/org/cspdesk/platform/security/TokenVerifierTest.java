package org.cspdesk.platform.security;

import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.SignInTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller is told of a token refused for its header: in our words, never the library's. */
class TokenVerifierTest {
    private static final String PARTNER = "7d3c1a2b-5e4f-4a6b-9c8d-0e1f2a3b4c5d";

    @TempDir
    Path keys;

    @Test
    void anUnsignedTokenIsRefusedForItsHeaderInOurWords() throws Exception {
        TokenVerifier verifier = developmentVerifier();
        String claims = "{\"iss\":\"cspdesk-dev\",\"exp\":9999999999,\"groups\":[\"AdminAgent\"],\"tid\":\"" + PARTNER + "\"}";
        for (String header : new String[]{"{\"alg\":\"none\"}", "{\"alg\":\"none\",\"typ\":\"JWT\"}"}) {
            Verdict verdict = verifier.verify(base64Url(header) + "." + base64Url(claims) + ".");
            assertThat(verdict.isAccepted()).isFalse();
            assertThat(verdict.refusal().code()).isEqualTo("invalid_token");
            assertThat(verdict.refusal().detail()).as(header)
                    .isEqualTo("The token is not accepted: its header (alg, typ) is not one accepted here; RS256 JWTs only.");
        }
    }

    private TokenVerifier developmentVerifier() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Path publicKey = keys.resolve("dev-public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        TrustedIssuers issuers = new TrustedIssuers();
        issuers.partner = partner();
        issuers.signInTokens = new SignInTokens() {
            @Override
            public boolean configured() {
                return false;
            }
        };
        issuers.developmentIssuer = "cspdesk-dev";
        issuers.developmentPublicKey = Optional.of(publicKey.toString());
        issuers.developmentSignInKey = Optional.empty();
        issuers.partnerIssuer = Optional.empty();
        issuers.customerIssuer = Optional.empty();
        issuers.audience = Optional.empty();
        issuers.clientId = Optional.empty();
        TokenVerifier verifier = new TokenVerifier();
        verifier.issuers = issuers;
        verifier.partner = partner();
        verifier.skewSeconds = 30;
        verifier.cacheSize = 10;
        verifier.roleMap = Optional.empty();
        verifier.init();
        return verifier;
    }

    private static PartnerIdentity partner() {
        return new PartnerIdentity() {
            @Override
            public String tenantId() {
                return PARTNER;
            }
        };
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
