package org.cspdesk.platform.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldFilterTest {
    private static final FieldFilter.Grammar CUSTOMERS = new FieldFilter.Grammar(List.of("CompanyName", "Domain"),
            List.of("starts_with"), "starts_with", Map.of("IndirectReseller", "no indirect resellers here."),
            Map.of("DomainName", "Domain"));
    private static final FieldFilter.Grammar AUDIT = new FieldFilter.Grammar(List.of("CustomerId", "CompanyName"),
            List.of("equals", "substring"), "equals", Map.of(), Map.of());

    @Test
    void theRestReferencesShapeIsRead() {
        assertThat(FieldFilter.parse("{\"Field\":\"CompanyName\",\"Value\":\"Cont\",\"Operator\":\"starts_with\"}", CUSTOMERS))
                .isEqualTo(new FieldFilter("CompanyName", "Cont", "starts_with"));
    }

    @Test
    void theJavaSdksShapeIsRead() {
        // Jackson writes the SimpleFieldFilter's getters: the operator and field type by their @JsonProperty names.
        assertThat(FieldFilter.parse("{\"operator\":\"StartsWith\",\"fieldType\":\"String\",\"field\":\"Domain\","
                + "\"value\":\"conto\"}", CUSTOMERS)).isEqualTo(new FieldFilter("Domain", "conto", "starts_with"));
        // AuditRecordSearchField.COMPANY_NAME.toString() is the constant's name.
        assertThat(FieldFilter.parse("{\"operator\":\"Substring\",\"fieldType\":\"String\",\"field\":\"COMPANY_NAME\","
                + "\"value\":\"bri\"}", AUDIT)).isEqualTo(new FieldFilter("CompanyName", "bri", "substring"));
        assertThat(FieldFilter.parse("{\"field\":\"DOMAIN_NAME\",\"value\":\"x\",\"operator\":\"STARTS_WITH\"}", CUSTOMERS))
                .isEqualTo(new FieldFilter("Domain", "x", "starts_with"));
    }

    @Test
    void operatorsAreReadInAnyCase() {
        for (String operator : new String[]{"Equals", "EQUALS", "equals"}) {
            assertThat(FieldFilter.parse("{\"field\":\"CustomerId\",\"value\":\"x\",\"operator\":\"" + operator + "\"}", AUDIT)
                    .operator()).isEqualTo("equals");
        }
        assertThat(FieldFilter.parse("{\"field\":\"CustomerId\",\"value\":\"x\"}", AUDIT).operator()).isEqualTo("equals");
        assertThat(FieldFilter.parse("{\"field\":\"CustomerId\",\"value\":\"x\",\"operator\":null}", AUDIT).operator())
                .isEqualTo("equals");
    }

    @Test
    void noFilterIsNoFilter() {
        assertThat(FieldFilter.parse(null, CUSTOMERS)).isNull();
        assertThat(FieldFilter.parse(" ", CUSTOMERS)).isNull();
    }

    @Test
    void whatCannotBeReadIsABadRequestThatSaysWhy() {
        Map<String, String> refused = Map.of(
                "Conto", "must be a JSON object",
                "[\"CompanyName\"]", "JSON object",
                "{\"field\":\"Colour\",\"value\":\"x\"}", "must be one of CompanyName, Domain",
                "{\"field\":\"CompanyName\",\"value\":\"x\",\"operator\":\"like\"}", "must be starts_with",
                "{\"field\":\"IndirectReseller\",\"value\":\"x\"}", "is not supported: no indirect resellers",
                "{\"field\":\"CompanyName\",\"value\":\"x\",\"fieldType\":\"Integer\"}", "can only be String",
                "{\"field\":\"CompanyName\",\"Field\":\"Domain\",\"value\":\"x\"}", "names field twice",
                "{\"field\":\"CompanyName\",\"value\":1}", "must be a string",
                "{\"field\":\"CompanyName\",\"value\":\"x\",\"sort\":\"y\"}", "has a member 'sort'",
                "{\"field\":\"CompanyName\"}", "has no value");
        refused.forEach((filter, why) -> assertThatThrownBy(() -> FieldFilter.parse(filter, CUSTOMERS))
                .as(filter).isInstanceOf(ApiProblem.class).hasMessageContaining(why)
                .extracting(p -> ((ApiProblem) p).code()).isEqualTo("invalid_filter"));
        assertThatThrownBy(() -> FieldFilter.parse("{\"field\":\"CompanyName\",\"value\":\"x\"} {}", CUSTOMERS))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> FieldFilter.parse("{\"field\":\"CompanyName\",\"value\":\"a\\u0000b\"}", CUSTOMERS))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> FieldFilter.parse("{\"field\":\"CompanyName\",\"value\":\"x\"", CUSTOMERS))
                .isInstanceOf(ApiProblem.class).hasMessageContaining("not valid JSON");
    }
}
