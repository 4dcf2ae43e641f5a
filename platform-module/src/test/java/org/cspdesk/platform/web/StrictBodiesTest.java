package org.cspdesk.platform.web;

import jakarta.json.JsonValue;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.NeverLogged;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The rules every request body meets before a resource sees it (StrictJson, then RecordBinding). */
class StrictBodiesTest {

    record Context(String subscriptionId, String scope, Boolean autoRenew) {
    }

    record Line(String skuId, Integer quantity, BigDecimal price, Context provisioningContext) {
    }

    record Order(List<Line> lineItems, String note) {
    }

    record Hook(String url, @NeverLogged String secret) {
    }

    private static Object read(String body, Class<?> type) {
        return RecordBinding.bind(StrictJson.parse(body.getBytes(StandardCharsets.UTF_8)), type);
    }

    private static ApiProblem refusal(String body, Class<?> type) {
        try {
            read(body, type);
        } catch (ApiProblem problem) {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).doesNotContain("class ", "org.", "java.", "$");
            return problem;
        }
        throw new AssertionError("accepted: " + body);
    }

    @Test
    void anUnterminatedObjectInAnUnknownFieldIsRefusedAtOnce() {
        for (String body : List.of("{\"x\":{", "{\"x\":[", "{\"note\":\"a\",\"x\":{\"y\":[1,{", "{")) {
            ApiProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(body, Order.class));
            assertThat(problem.code()).isEqualTo("malformed_body");
            assertThat(problem.detail()).startsWith("The body is not valid JSON (line 1, column");
        }
    }

    @Test
    void aMemberInAnotherCaseIsReadAsPartnerCenterReadsIt() {
        Order order = (Order) read("{\"LineItems\":[{\"SkuId\":\"A\",\"QUANTITY\":2}],\"Note\":\"n\"}", Order.class);
        assertThat(order.lineItems()).containsExactly(new Line("A", 2, null, null));
        assertThat(order.note()).isEqualTo("n");
    }

    @Test
    void aMemberSentUnderTwoSpellingsIsRefusedAsGivenTwice() {
        ApiProblem problem = refusal("{\"note\":\"a\",\"Note\":\"b\"}", Order.class);
        assertThat(problem.code()).isEqualTo("malformed_body");
        assertThat(problem.detail()).contains("'note' is given twice");
    }

    @Test
    void aWellFormedBodyIsBoundToItsRecord() {
        Order order = (Order) read("{\"lineItems\":[{\"skuId\":\"A\",\"quantity\":2,\"price\":12.50,"
                + "\"provisioningContext\":{\"subscriptionId\":\"s\",\"scope\":null,\"autoRenew\":true}}]}", Order.class);
        assertThat(order.lineItems()).containsExactly(new Line("A", 2, new BigDecimal("12.50"),
                new Context("s", null, true)));
        assertThat(order.note()).isNull();
    }

    @Test
    void anUnknownFieldIsRefusedAndNamedByItsPath() {
        ApiProblem problem = refusal("{\"lineItems\":[{\"skuId\":\"A\",\"colour\":\"red\"}]}", Order.class);
        assertThat(problem.code()).isEqualTo("unknown_field");
        assertThat(problem.extensions()).containsEntry("field", "lineItems[0].colour");
        assertThat(problem.detail()).contains("skuId, quantity, price, provisioningContext");
    }

    @Test
    void aStringFieldTakesOnlyAJsonString() {
        for (String value : List.of("true", "1e400", "12", "{}", "[\"a\"]")) {
            ApiProblem problem = refusal("{\"note\":" + value + "}", Order.class);
            assertThat(problem.code()).isEqualTo("malformed_body");
            assertThat(problem.extensions()).containsEntry("field", "note");
            assertThat(problem.detail()).startsWith("'note' must be a string");
        }
    }

    @Test
    void aWholeNumberFieldTakesOnlyAWholeNumberThatFits() {
        for (String value : List.of("1.5", "4294967297", "1e1000000000", "-1e1000000000", "\"2\"", "true")) {
            ApiProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> refusal("{\"lineItems\":[{\"quantity\":" + value + "}]}", Order.class));
            assertThat(problem.extensions()).containsEntry("field", "lineItems[0].quantity");
        }
        assertThat(((Order) read("{\"lineItems\":[{\"quantity\":1e2}]}", Order.class)).lineItems().get(0).quantity())
                .isEqualTo(100);
        assertThat(((Order) read("{\"lineItems\":[{\"quantity\":3.0}]}", Order.class)).lineItems().get(0).quantity())
                .isEqualTo(3);
    }

    @Test
    void aBooleanFieldTakesOnlyTrueOrFalse() {
        for (String value : List.of("\"yes\"", "1", "\"true\"")) {
            assertThat(refusal("{\"lineItems\":[{\"provisioningContext\":{\"autoRenew\":" + value + "}}]}",
                    Order.class).detail()).contains("must be true or false");
        }
    }

    @Test
    void aDecimalOfAbsurdSizeIsRefusedBeforeAnyArithmetic() {
        for (String value : List.of("1e1000000000", "5e-1000000000", "1" + "0".repeat(60))) {
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> refusal("{\"lineItems\":[{\"price\":" + value + "}]}", Order.class)).detail())
                    .contains("out of range");
        }
        assertThat(refusal("{\"note\":" + "9".repeat(101) + "}", Order.class).detail())
                .contains("more than 100 characters");
    }

    @Test
    void aNumberWhoseExponentNoJavaDecimalHoldsIsRefusedNotAFailure() {
        // BigDecimal's scale is an int: 1e-2147483648 made Parsson's getBigDecimal throw NumberFormatException,
        // a 500 internal_error (and a SEVERE incident) for a 30-byte body, whatever field the number was in.
        for (String value : List.of("1e-2147483648", "1e2147483648", "1e99999999999", "0e-2147483648", "-0.0e-2147483647")) {
            for (String body : List.of("{\"note\":" + value + "}", "{\"lineItems\":[{\"quantity\":" + value + "}]}",
                    "{\"lineItems\":[{\"price\":" + value + "}]}", "{\"x\":[" + value + "]}")) {
                ApiProblem problem = refusal(body, Order.class);
                assertThat(problem.code()).isEqualTo("malformed_body");
                assertThat(problem.detail()).contains("out of range");
            }
        }
    }

    @Test
    void aStringHoldingUPlus0000OrALoneSurrogateIsRefused() {
        for (String value : List.of("\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\ud83d\"")) {
            assertThat(refusal("{\"note\":" + value + "}", Order.class).extensions()).containsEntry("field", "note");
        }
        assertThat(refusal("{\"no\\u0000te\":1}", Order.class).code()).isEqualTo("malformed_body");
        assertThat(((Order) read("{\"note\":\"\\ud83d\\ude00 Ö\"}", Order.class)).note()).isEqualTo("\uD83D\uDE00 Ö");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"note\":\"Göteborg\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> StrictJson.parse(latin1)).isInstanceOf(ApiProblem.class)
                .hasMessage("The body is not UTF-8 text.");
        byte[] withBom = "\uFEFF{\"note\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(((Order) RecordBinding.bind(StrictJson.parse(withBom), Order.class)).note()).isEqualTo("x");
    }

    @Test
    void aMemberGivenTwiceIsRefused() {
        assertThat(refusal("{\"note\":\"a\",\"note\":\"b\"}", Order.class).detail()).contains("'note' is given twice");
    }

    @Test
    void aBodyNestedTooDeepIsRefusedWithoutRecursion() {
        String deep = "[".repeat(200_000);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(deep, Order.class)).detail())
                .contains("nested deeper than 32");
    }

    @Test
    void anythingAfterTheValueIsRefused() {
        assertThat(refusal("{\"note\":\"a\"} {", Order.class).code()).isEqualTo("malformed_body");
        assertThat(refusal("{\"note\":\"a\"}x", Order.class).code()).isEqualTo("malformed_body");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedWithoutJavaNames() {
        assertThat(refusal("[]", Order.class).detail()).isEqualTo("The body must be a JSON object (got a list).");
        assertThat(refusal("\"x\"", Order.class).detail()).isEqualTo("The body must be a JSON object (got a string).");
    }

    @Test
    void theLoggedFormOfABodyKeepsSecretsOut() {
        JsonValue parsed = StrictJson.parse("{\"url\":\"https://h.example\",\"secret\":\"s3cr3t-0123456789\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(RecordBinding.loggable(parsed, Hook.class).toString())
                .isEqualTo("{\"url\":\"https://h.example\",\"secret\":\"(not recorded)\"}");
    }

    @Test
    void everyKindOfFieldOfABodyIsSupportedAndNothingElse() {
        assertThat(RecordBinding.supports(Order.class)).isTrue();
        assertThat(RecordBinding.supports(java.util.Map.class)).isFalse();
        record WithDate(java.time.OffsetDateTime at) {
        }
        assertThat(RecordBinding.supports(WithDate.class)).isFalse();
    }
}
