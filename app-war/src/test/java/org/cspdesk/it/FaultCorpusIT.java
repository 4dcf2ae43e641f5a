package org.cspdesk.it;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cspdesk.it.Reservations.D2S_EASTUS;
import static org.cspdesk.it.Reservations.order;

/**
 * The fault suite's corpus against every operation the OpenAPI document lists: malformed bodies, headers,
 * path segments, query values and methods. Every answer must come within {@link RawHttp#PROMPT}, never be a 5xx,
 * be problem+json whenever it is an error, and name no Java type; and no business data may change.
 */
class FaultCorpusIT extends IntegrationTest {
    private static final Pattern JAVA_NAMES = Pattern.compile("(?:java|javax|jakarta|com\\.sun|org\\.eclipse"
            + "|org\\.glassfish|org\\.cspdesk|org\\.postgresql|fish\\.payara)\\.[a-z]|[A-Za-z]+Exception\\b"
            + "|\\b[A-Z][A-Za-z]*\\$[A-Z]|\\bclass [A-Z]|\\bat [a-z]+\\.[a-z]+\\.");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Business tables; the notification outbox is left out, its sender works on its own clock. */
    private static final List<String> BUSINESS_TABLES = List.of("customers.customer", "customers.customer_user",
            "subscriptions.subscription", "subscriptions.role_assignment", "permissions.self_serve_policy",
            "reservations.customer_order", "reservations.order_line_item", "reservations.reservation",
            "reservations.refund", "reservations.price_list", "reservations.price_override",
            "reservations.purchase_webhook", "reservations.cart", "reservations.cart_line_item");

    record Operation(String method, String path, boolean hasBody, List<String> pathParameters,
                     List<String> queryParameters) {
    }

    /** What the corpus found: counted, and each failure described. */
    static final class Findings {
        int sent;
        int serverErrors;
        int hangs;
        int notProblems;
        int javaNames;
        int bareBeforeTheWar;
        long slowestMillis;
        final List<String> failures = new ArrayList<>();

        void judge(String what, RawHttp.Attempt attempt) {
            sent++;
            slowestMillis = Math.max(slowestMillis, attempt.took().toMillis());
            if (attempt.timedOut()) {
                hangs++;
                failures.add("no answer within " + RawHttp.PROMPT.toSeconds() + " s: " + what);
                return;
            }
            RawHttp.Answer answer = attempt.answer();
            if (answer == null) {
                notProblems++;
                failures.add("connection closed without an answer: " + what);
                return;
            }
            if (answer.status() >= 500) {
                serverErrors++;
                failures.add(answer.status() + ": " + what + " -> " + shortly(answer.body()));
            }
            if (answer.status() >= 400 && !isProblem(answer)) {
                notProblems++;
                failures.add("not problem+json (" + answer.status() + ", '" + answer.header("Content-Type") + "'): " + what
                        + " -> " + shortly(answer.body()));
            }
            Matcher named = JAVA_NAMES.matcher(answer.body() + " " + answer.headers().values());
            if (named.find()) {
                javaNames++;
                failures.add("names '" + named.group() + "': " + what + " -> " + shortly(answer.body()));
            }
        }

        /** A request the HTTP layer refuses before the WAR: a prompt, bare 400 that closes the connection. */
        void judgeRefusedBeforeTheWar(String what, RawHttp.Attempt attempt) {
            sent++;
            bareBeforeTheWar++;
            slowestMillis = Math.max(slowestMillis, attempt.took().toMillis());
            RawHttp.Answer answer = attempt.answer();
            if (attempt.timedOut() || answer == null || answer.status() != 400
                    || !"close".equalsIgnoreCase(answer.header("Connection"))) {
                failures.add("not a prompt 400 closing the connection: " + what + " -> "
                        + (answer == null ? (attempt.timedOut() ? "timeout" : "no answer") : answer.status()));
            }
        }

        private static boolean isProblem(RawHttp.Answer answer) {
            if (!answer.isProblem()) {
                return false;
            }
            try {
                return JsonPath.from(answer.body()).getString("cspdeskCode") != null;
            } catch (RuntimeException e) {
                return false;
            }
        }

        private static String shortly(String body) {
            return body.length() <= 200 ? body : body.substring(0, 200) + "...";
        }

        String summary() {
            return "fault corpus: " + sent + " requests, " + serverErrors + " x 5xx, " + hangs + " hangs, "
                    + notProblems + " not problem+json, " + javaNames + " naming Java types, slowest " + slowestMillis
                    + " ms; " + bareBeforeTheWar + " refused bare by the HTTP layer before the WAR (ADR 0013)";
        }
    }

    @Test
    void malformedRequestsToEveryOperationAreRefusedInTimeAsProblemsAndChangeNothing() {
        String partnerToken = Tokens.mint("AdminAgent", "fault-corpus@partner.cspdesk.dev", PARTNER_TENANT);
        Reservations.SelfServeCustomer customer = Reservations.selfServeCustomer("Fault Corpus");
        String customerToken = Tokens.mint("CustomerUser", customer.ownerUpn(), customer.id());
        Map<String, String> realIds = realIds(customer);
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);
        String before = businessData();

        Findings findings = new Findings();
        for (Operation operation : operations) {
            String real = fill(operation.path(), realIds, Map.of());
            String random = fill(operation.path(), Map.of(), Map.of());
            boolean acts = WRITES.contains(operation.method());
            // A write that takes no body would act on real ids: it gets ids that do not exist, or (when it
            // names none, as DELETE /v1/notifications/purchaseWebhook) a caller its role refuses.
            boolean noIds = operation.pathParameters().isEmpty();
            String token = acts && !operation.hasBody() && noIds ? customerToken : partnerToken;
            String bodyTarget = acts && !operation.hasBody() ? random : real;
            for (MalformedRequests.Body body : MalformedRequests.bodies()) {
                Map<String, String> headers = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + token,
                        "Content-Type", body.contentType()));
                headers.putAll(body.extraHeaders());
                send(findings, operation.method() + " " + operation.path() + " with body '" + body.name() + "'",
                        RawHttp.request(operation.method(), bodyTarget, headers, body.bytes()));
            }
            MalformedRequests.headers(partnerToken).forEach((name, header) -> {
                Map<String, String> headers = new LinkedHashMap<>(Map.of("Authorization", "Bearer " + token));
                headers.putAll(header);
                send(findings, operation.method() + " " + operation.path() + " with header '" + name + "'",
                        RawHttp.request(operation.method(), acts ? random : real, headers, acts ? new byte[0] : null));
            });
            for (String parameter : operation.pathParameters()) {
                MalformedRequests.pathValues().forEach((name, value) -> send(findings, operation.method() + " "
                                + operation.path() + " with " + parameter + " '" + name + "'",
                        RawHttp.request(operation.method(), fill(operation.path(), realIds, Map.of(parameter, value)),
                                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                                acts ? "{}".getBytes(StandardCharsets.UTF_8) : null)));
            }
            for (String parameter : operation.pathParameters()) {
                MalformedRequests.pathValuesRefusedBeforeTheWar().forEach((name, value) -> findings
                        .judgeRefusedBeforeTheWar(operation.method() + " " + operation.path() + " with " + parameter
                                + " '" + name + "'", RawHttp.attempt(RawHttp.request(operation.method(),
                                fill(operation.path(), realIds, Map.of(parameter, value)),
                                Map.of("Authorization", "Bearer " + token), acts ? new byte[0] : null))));
            }
            for (String parameter : operation.queryParameters()) {
                MalformedRequests.queryValues().forEach((name, value) -> send(findings, operation.method() + " "
                                + operation.path() + " with ?" + parameter + "= '" + name + "'",
                        RawHttp.request(operation.method(), real + "?startDate=2020-01-01&" + parameter + "=" + value,
                                Map.of("Authorization", "Bearer " + token), acts ? new byte[0] : null)));
            }
        }
        sendStrangeMethods(findings, operations, partnerToken);

        System.out.println(findings.summary());
        assertThat(findings.failures).as(findings.summary()).isEmpty();
        assertThat(businessData()).as("business data after the corpus").isEqualTo(before);
    }

    /** On every path, the methods it does not serve. */
    private static void sendStrangeMethods(Findings findings, List<Operation> operations, String token) {
        Map<String, Set<String>> served = new LinkedHashMap<>();
        operations.forEach(op -> served.computeIfAbsent(op.path(), p -> new java.util.HashSet<>()).add(op.method()));
        served.forEach((path, methods) -> {
            for (String method : MalformedRequests.strangeMethods()) {
                if (!methods.contains(method)) {
                    send(findings, method + " " + path, RawHttp.request(method, fill(path, Map.of(), Map.of()),
                            Map.of("Authorization", "Bearer " + token), new byte[0]));
                }
            }
        });
    }

    private static void send(Findings findings, String what, byte[] request) {
        findings.judge(what, RawHttp.attempt(request));
    }

    /** The operations of the OpenAPI document, with their path and query parameters. */
    private static List<Operation> operations() {
        JsonPath document = JsonPath.from(anonymous().header("Accept", "application/json").get("/openapi").asString());
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, byMethod) -> byMethod.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> parameters = (List<Map<String, String>>) operation.getOrDefault("parameters", List.of());
            operations.add(new Operation(method.toUpperCase(), path, operation.containsKey("requestBody"),
                    parameters.stream().filter(p -> "path".equals(p.get("in"))).map(p -> p.get("name")).toList(),
                    parameters.stream().filter(p -> "query".equals(p.get("in"))).map(p -> p.get("name")).toList()));
        }));
        return operations;
    }

    /** The path with each {parameter} replaced: by the override, else the real id, else a new UUID. */
    private static String fill(String template, Map<String, String> realIds, Map<String, String> overrides) {
        Matcher parameter = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = overrides.containsKey(name) ? overrides.get(name)
                    : realIds.getOrDefault(name, UUID.randomUUID().toString());
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    /** Ids of things that exist, so that malformed requests reach as far into each operation as they can. */
    private static Map<String, String> realIds(Reservations.SelfServeCustomer customer) {
        String base = "/v1/customers/" + customer.id();
        JsonPath order = customer.owner().body(order(D2S_EASTUS, 1, "P1Y", customer.plan(), "single"))
                .post(base + "/orders").then().statusCode(201).extract().jsonPath();
        Map<String, String> ids = new HashMap<>();
        ids.put("customerId", customer.id());
        ids.put("subscriptionId", customer.plan());
        ids.put("orderId", order.getString("id"));
        ids.put("reservationId", order.getString("lineItems[0].reservationId"));
        ids.put("cartId", customer.owner().body(Reservations.cart(Reservations.cartLine(D2S_EASTUS, 1, "P1Y", "monthly",
                customer.plan(), "single"))).post(base + "/carts").then().statusCode(201).extract().path("id"));
        ids.put("assignmentId", as("AdminAgent").get(base + "/subscriptions/" + customer.plan() + "/roleAssignments")
                .then().statusCode(200).extract().path("items[0].id"));
        ids.put("policyId", as("AdminAgent").get(base + "/permissions").then().statusCode(200)
                .extract().path("azureReservations.policyId"));
        ids.put("recordId", (String) AuditLog.of(customer.id()).get(0).get("id"));
        return ids;
    }

    /** A digest of every business table's rows. */
    private static String businessData() {
        StringBuilder digest = new StringBuilder();
        for (String table : BUSINESS_TABLES) {
            digest.append(table).append('=').append(Database.single("select md5(coalesce(string_agg(t::text, '|' order by"
                    + " t::text), '')) from " + table + " t")).append(' ');
        }
        return digest.toString();
    }
}
