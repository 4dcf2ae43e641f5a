package org.cspdesk.platform.security;

import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.SignInTokens;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which issuers' tokens are trusted, and as what. */
class TrustedIssuersTest {
    private static final String PARTNER = "7d3c1a2b-5e4f-4a6b-9c8d-0e1f2a3b4c5d";
    private static final String CUSTOMER = "5b0c7e9a-1d2f-4c3b-8a6e-9f0d1c2b3a4e";

    private static TrustedIssuers entraLike() {
        TrustedIssuers issuers = new TrustedIssuers();
        issuers.partner = new PartnerIdentity() {
            @Override
            public String tenantId() {
                return PARTNER;
            }
        };
        issuers.signInTokens = new SignInTokens() {
            @Override
            public boolean configured() {
                return false;
            }
        };
        issuers.developmentIssuer = "cspdesk-dev";
        issuers.developmentPublicKey = Optional.empty();
        issuers.developmentSignInKey = Optional.empty();
        issuers.partnerIssuer = Optional.of("https://login.microsoftonline.com/" + PARTNER + "/v2.0");
        issuers.customerIssuer = Optional.of("https://login.microsoftonline.com/{tenantid}/v2.0");
        issuers.audience = Optional.empty();
        issuers.clientId = Optional.of("11111111-2222-3333-4444-555555555555");
        return issuers;
    }

    @Test
    void aCustomerTenantIsTrustedByTheTemplateOnlyForATenantId() {
        TrustedIssuers issuers = entraLike();
        assertThat(issuers.find("https://login.microsoftonline.com/" + CUSTOMER.toUpperCase() + "/v2.0"))
                .map(TrustedIssuers.Issuer::tenantId).contains(CUSTOMER);
        assertThat(issuers.find("https://login.microsoftonline.com/common/v2.0")).isEmpty();
        assertThat(issuers.find("https://login.microsoftonline.com/" + CUSTOMER + "/v2.0/x")).isEmpty();
        assertThat(issuers.find("https://login.microsoftonline.com.evil.example/" + CUSTOMER + "/v2.0")).isEmpty();
    }

    @Test
    void aCustomerTenantsIssuerIsTheProvidersSpellingOfItHoweverATokenSpellsIt() {
        // Its keys are fetched once for that issuer; a token spelling the tenant otherwise is not that issuer's.
        assertThat(entraLike().find("https://login.microsoftonline.com/" + CUSTOMER.toUpperCase() + "/v2.0"))
                .map(TrustedIssuers.Issuer::name).contains("https://login.microsoftonline.com/" + CUSTOMER + "/v2.0");
    }

    @Test
    void thePartnersOwnTenantIsThePartnerNeverACustomer() {
        TrustedIssuers issuers = entraLike();
        assertThat(issuers.find("https://login.microsoftonline.com/" + PARTNER + "/v2.0"))
                .map(TrustedIssuers.Issuer::kind).contains(TrustedIssuers.Kind.PARTNER);
        assertThat(issuers.find("https://login.microsoftonline.com/" + PARTNER.toUpperCase() + "/v2.0")).isEmpty();
    }

    @Test
    void developmentTokensAreNotTrustedWithoutTheirKeyNorBesideAProviderUnlessToldSo() {
        TrustedIssuers issuers = entraLike();
        assertThat(issuers.find("cspdesk-dev")).isEmpty();
        issuers.developmentSignInKey = Optional.of("/keys/dev-private.pem");
        assertThatThrownBy(() -> issuers.atStart(null)).hasMessageContaining("CSPDESK_ALLOW_DEV_TOKENS_WITH_OIDC");
    }

    @Test
    void theAudienceDefaultsToTheClientId() {
        assertThat(entraLike().audiences()).containsExactly("11111111-2222-3333-4444-555555555555");
    }
}
