package org.cspdesk.platform.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdgeRulesTest {

    @Test
    void anEtagIsTheVersionQuotedAndIsReadBackQuotedWeakOrBare() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.version("\"7\"")).isEqualTo(7);
        assertThat(ETags.version("W/\"7\"")).isEqualTo(7);
        assertThat(ETags.version("7")).isEqualTo(7);
        assertThatThrownBy(() -> ETags.version("\"abc\"")).isInstanceOf(ApiProblem.class)
                .extracting(p -> ((ApiProblem) p).status()).isEqualTo(412);
    }

    @Test
    void aPageHoldsOneToFiveHundredItemsAndAHundredByDefault() {
        assertThat(PageRequest.size(null)).isEqualTo(100);
        assertThat(PageRequest.size("500")).isEqualTo(500);
        // size=0 is Partner Center's "the default" (its SDKs' simple query sends it): 100, no longer a 400.
        assertThat(PageRequest.size("0")).isEqualTo(100);
        for (String bad : new String[]{"501", "-1", "ten", "1.5"}) {
            assertThatThrownBy(() -> PageRequest.size(bad)).isInstanceOf(ApiProblem.class)
                    .extracting(p -> ((ApiProblem) p).code()).isEqualTo("invalid_page_size");
        }
    }

    @Test
    void anUnknownWireValueIsABadRequestListingTheAllowedOnes() {
        assertThat(WireValue.parse(OperatorType.class, "customer", "operatorType")).isEqualTo(OperatorType.CUSTOMER);
        assertThatThrownBy(() -> WireValue.parse(OperatorType.class, "robot", "operatorType"))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("partner, customer, application, system");
    }

    @Test
    void anIdMustBeAUuid() {
        assertThat(Ids.parse("3fa85f64-5717-4562-b3fc-2c963f66afa6", "id")).isNotNull();
        assertThatThrownBy(() -> Ids.parse("3fa85f64", "id")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Ids.parse(null, "id")).isInstanceOf(ApiProblem.class);
    }
}
