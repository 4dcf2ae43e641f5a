package org.cspdesk.it;

import org.cspdesk.it.OutageLoad.Answer;
import org.cspdesk.it.OutageLoad.Kind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage is a 503, not a 500 or a hang (issue 13, ADR 0009). The suite's own PostgreSQL is
 * stopped under load and started again: every answer meanwhile is a quick 503 problem+json with
 * Retry-After, service comes back by itself, and no change is left half-written. Every test class shares
 * that cluster: each test here starts it again in a finally block and waits until the server is ready.
 */
class DatabaseOutageIT extends IntegrationTest {
    /** "Within a second or two": far below the client's timeout, with room for a busy two-core machine. */
    private static final long OUTAGE_ANSWER_BOUND_MILLIS = 2_500;
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(4);

    @Test
    void aDatabaseOutageAnswers503AndRecovers() throws Exception {
        String company = unique("Outage");
        OutageLoad load = new OutageLoad(6, company).start();
        long pausing;
        long down;
        long resuming;
        long up;
        long recovered;
        List<Answer> answers;
        try {
            Thread.sleep(2_000);
            pausing = System.nanoTime();
            TestCluster.pause();
            down = System.nanoTime();
            Thread.sleep(OUTAGE.toMillis());
            resuming = System.nanoTime();
            TestCluster.resume();
            up = System.nanoTime();
            recovered = awaitFirstSuccess(load, up);
            Thread.sleep(2_000);
        } finally {
            answers = load.stop();
            TestCluster.resume();
            awaitReady();
        }

        assertThat(answers).as("hung past the client's timeout, or no answer").filteredOn(a -> a.error() != null).isEmpty();
        assertThat(answers).as("server errors other than 503").filteredOn(a -> a.status() >= 500 && a.status() != 503)
                .isEmpty();
        assertThat(answers).as("answers before the outage").filteredOn(a -> a.answeredNanos() < pausing)
                .isNotEmpty().allSatisfy(a -> assertThat(a.status() / 100).as(a.toString()).isEqualTo(2));

        List<Answer> duringOutage = answers.stream().filter(a -> a.sentNanos() >= down && a.answeredNanos() <= resuming)
                .toList();
        assertThat(duringOutage).as("answers during the outage").hasSizeGreaterThan(20).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.millis()).as(a.toString()).isLessThan(OUTAGE_ANSWER_BOUND_MILLIS);
            if (a.kind() != Kind.READY) { // MicroProfile Health's own document says DOWN
                assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
                assertThat(a.code()).as(a.toString()).isEqualTo("database_unavailable");
                assertThat(Integer.parseInt(a.retryAfter())).as(a.toString()).isPositive();
            }
        });
        assertThat(duringOutage).extracting(Answer::kind).contains(Kind.values());

        assertThat(Duration.ofNanos(recovered - up)).as("from the database's return to the first success")
                .isLessThan(RECOVERY_BOUND);
        assertThat(answers).as("answers once service resumed")
                .filteredOn(a -> a.sentNanos() > recovered + millis(1_000)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.status() / 100).as(a.toString()).isEqualTo(2));

        everyWriteIsWholeOrAbsent(answers, company);
        System.out.printf("DatabaseOutageIT: %d answers, %d during the %d s outage (all 503, slowest %d ms);"
                        + " service back %d ms after the database%n", answers.size(), duringOutage.size(),
                OUTAGE.toSeconds(), duringOutage.stream().mapToLong(Answer::millis).max().orElse(0),
                TimeUnit.NANOSECONDS.toMillis(recovered - up));
    }

    /**
     * The outage strikes while a change commits (a deferred trigger holds the commit for three seconds):
     * the transaction manager reports the failed commit without its cause, the server finds the database
     * unreachable, and the answer is 503; PostgreSQL rolled the change and its record back.
     */
    @Test
    void aWriteWhoseCommitMeetsTheOutageIs503AndLeavesNothing() throws Exception {
        String company = unique("Commit Outage");
        String domain = unique("commitoutage") + ".onmicrosoft.com";
        Database.asOwner("create function customers.slow_commit_for_test() returns trigger language plpgsql as $$"
                        + " begin if new.company_name = '" + company + "' then perform pg_sleep(3); end if; return null; end $$",
                "create constraint trigger slow_commit_for_test after insert on customers.customer"
                        + " deferrable initially deferred for each row execute function customers.slow_commit_for_test()");
        HttpResponse<String> answer;
        long took;
        try {
            long sent = System.nanoTime();
            CompletableFuture<HttpResponse<String>> write = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + Integer.getInteger("it.http.port", 8080) + "/v1/customers"))
                    .header("Authorization", "Bearer " + Tokens.mint("AdminAgent", "adminagent@partner.cspdesk.dev",
                            PARTNER_TENANT))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(OutageLoad.newCustomerJson(domain, company)))
                    .timeout(OutageLoad.CLIENT_TIMEOUT.plusSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1_000); // the insert is done; the commit waits in its trigger
            TestCluster.pause();
            answer = write.get(10, TimeUnit.SECONDS);
            took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        } finally {
            TestCluster.resume();
            awaitReady();
            Database.asOwner("drop trigger slow_commit_for_test on customers.customer",
                    "drop function customers.slow_commit_for_test()");
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"cspdeskCode\":\"database_unavailable\"");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(took).isLessThan(1_000 + OUTAGE_ANSWER_BOUND_MILLIS);
        assertThat(customersAndTheirRecords(domain)).isEqualTo(new long[]{0, 0});
        assertThat(recordsWithoutTheirCustomer(company)).isZero();
    }

    /**
     * Every add acknowledged with 201 is there with its activity-log record; every other one is either
     * absent, record and all, or (its commit's acknowledgement lost to the outage) there with its record.
     * No customer without its record, no record without its customer.
     */
    private static void everyWriteIsWholeOrAbsent(List<Answer> answers, String company) throws SQLException {
        List<Answer> writes = answers.stream().filter(Answer::isWrite).toList();
        assertThat(writes).extracting(Answer::status).contains(201, 503);
        for (Answer write : writes) {
            long[] found = customersAndTheirRecords(write.domain());
            if (write.status() == 201) {
                assertThat(found).as("acknowledged " + write.domain()).isEqualTo(new long[]{1, 1});
            } else {
                assertThat(found).as("refused " + write.domain()).isIn(new long[]{0, 0}, new long[]{1, 1});
            }
        }
        assertThat(recordsWithoutTheirCustomer(company)).isZero();
    }

    /** {customers with that domain, add_customer records of them}. */
    private static long[] customersAndTheirRecords(String domain) throws SQLException {
        try (Connection connection = Database.connect(Database.OWNER);
             PreparedStatement query = connection.prepareStatement("select count(*), coalesce(sum((select count(*)"
                     + " from audit.audit_record r where r.customer_id = c.id and r.operation_type = 'add_customer')), 0)"
                     + " from customers.customer c where c.domain = ?")) {
            query.setString(1, domain);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new long[]{row.getLong(1), row.getLong(2)};
            }
        }
    }

    private static long recordsWithoutTheirCustomer(String company) throws SQLException {
        try (Connection connection = Database.connect(Database.OWNER);
             PreparedStatement query = connection.prepareStatement("select count(*) from audit.audit_record r"
                     + " where r.customer_name = ? and r.operation_type = 'add_customer'"
                     + " and not exists (select 1 from customers.customer c where c.id = r.customer_id)")) {
            query.setString(1, company);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long awaitFirstSuccess(OutageLoad load, long since) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_BOUND.multipliedBy(3).toNanos();
        while (System.nanoTime() < deadline) {
            var success = load.firstSuccessSince(since);
            if (success.isPresent()) {
                return success.get().answeredNanos();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no request succeeded within " + RECOVERY_BOUND.multipliedBy(3) + " of the database's return");
    }

    /** Other test classes run next: the server must be serving again before this class ends. */
    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (anonymous().get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // keep asking
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server was not ready again within 60 s of the database's return");
    }

    private static long millis(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
