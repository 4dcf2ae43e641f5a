package org.cspdesk.dashboard.internal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development sign-in is off unless configured, and never works beside a real identity provider. */
class DevSignInSettingsTest {

    @Test
    void itIsOffUnlessItsKeyIsConfigured() {
        assertThat(DevSignInSettings.of(Optional.empty(), "cspdesk-dev", 60).enabled()).isFalse();
        assertThat(DevSignInSettings.of(Optional.of("  "), "cspdesk-dev", 60).enabled()).isFalse();
        assertThat(DevSignInSettings.of(Optional.of("/keys/dev-private.pem"), "cspdesk-dev", 60).enabled()).isTrue();
    }

    @Test
    void theServerRefusesToEnableItWithANonDevelopmentIssuer() {
        assertThatThrownBy(() -> DevSignInSettings.of(Optional.of("/keys/dev-private.pem"),
                "https://login.microsoftonline.com/7d3c1a2b-5e4f-4a6b-9c8d-0e1f2a3b4c5d/v2.0", 60))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused").hasMessageContaining("CSPDESK_DEV_SIGNIN_KEY");
    }

    @Test
    void aRealIssuerWithoutTheKeyIsFine() {
        assertThat(DevSignInSettings.of(Optional.empty(), "https://login.microsoftonline.com/x/v2.0", 60).enabled())
                .isFalse();
    }

    @Test
    void tokensAreShortLived() {
        assertThatThrownBy(() -> DevSignInSettings.of(Optional.of("/k.pem"), "cspdesk-dev", 0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DevSignInSettings.of(Optional.of("/k.pem"), "cspdesk-dev", 481))
                .isInstanceOf(IllegalStateException.class);
    }
}
