package org.cspdesk.devtools.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's own arithmetic: what it counts, how it names seeded rows, what it writes. */
class BenchToolsTest {

    @Test
    void theExportIsCountedInRecordsNotLinesSoQuotedLineBreaksDoNotCount() throws Exception {
        String csv = "id,resourceNewValue\r\n"
                + "1,plain\r\n"
                + "2,\"two\r\nlines, and a \"\"quote\"\"\"\r\n"
                + "3,\"\"\r\n";
        assertEquals(4, CsvExportRun.countRecords(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void seededIdsAreThoseThePgbenchScriptsComputeWithMd5InSql() {
        // select md5('bench-customer-10001')::uuid, as the pgbench scripts and the seeding SQL write it
        assertEquals(UUID.fromString("b282c8cd-33e9-dfc3-7a0d-334d1921b6db"), Fixture.customerId(10_001));
        assertEquals(UUID.fromString("63d77c11-59dd-ca35-c3d9-a97af8084b24"), Fixture.planId(10_001));
    }

    @Test
    void everySkuAndTermOfTheCatalogIsOffered() {
        String json = "{\"items\":[{\"armRegionName\":\"eastus\",\"skuId\":\"DZH318Z0BQ3Q:0001\",\"term\":\"P1Y\","
                + "\"title\":\"a\"},{\"skuId\":\"DZH318Z0BQ3Q:0001\",\"term\":\"P3Y\"}]}";
        assertEquals(List.of("DZH318Z0BQ3Q:0001 P1Y", "DZH318Z0BQ3Q:0001 P3Y"), Bench.parseCatalog(json));
        assertThrows(IllegalStateException.class, () -> Bench.parseCatalog("{\"items\":[]}"));
    }

    @Test
    void resultsCarryTheFieldsTheIssueNamesInItsOrder() throws Exception {
        ResultRow row = new ResultRow("switch", 16, 1234L, 176.3333, 80.25, 120.5, 700.0, 176.3333 / 700,
                "ratio >= 0.5 and p99 < 25 ms", false, Map.of("errors", 0L));
        Path file = Files.createTempDirectory("bench").resolve("results.json");
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("profile", "quick");
        Results.write(file, run, List.of(row));
        String json = Files.readString(file);
        assertTrue(json.contains("{\"scenario\": \"switch\", \"clients\": 16, \"requests\": 1234, "
                + "\"throughput_rps\": 176.33, \"p50_ms\": 80.25, \"p99_ms\": 120.5, \"baseline_tps\": 700.0, "
                + "\"ratio\": 0.252, \"goal\": \"ratio >= 0.5 and p99 < 25 ms\", \"goal_met\": false, \"errors\": 0}"),
                json);
        assertTrue(Results.table(List.of(row)).contains("MISSED: ratio >= 0.5"));
    }

    @Test
    void tenMillionRecordsSpreadEvenlyOverAYearWithoutOverflow() {
        long year = 365L * 24 * 3600 * 1_000_000;
        long count = 10_000_000;
        assertEquals(0, AuditLogSeeder.spread(year, 0, count));
        assertEquals(year / 2, AuditLogSeeder.spread(year, count / 2, count));
        long last = AuditLogSeeder.spread(year, count - 1, count);
        assertTrue(last < year && last > year - year / count * 2, "last record's offset " + last);
        for (long i = 1; i < count; i += 999_983) {
            assertTrue(AuditLogSeeder.spread(year, i, count) > AuditLogSeeder.spread(year, i - 1, count));
        }
    }

    @Test
    void anIndexIsDroppedAndAttachedByTheNameItsDefinitionGives() {
        assertEquals("audit_by_customer", AuditLogSeeder.indexName(
                "CREATE INDEX audit_by_customer ON audit.audit_record USING btree (customer_id, operation_date DESC)"));
        assertEquals("audit_record_id_key", AuditLogSeeder.indexName(
                "CREATE UNIQUE INDEX audit_record_id_key ON audit.audit_record USING btree (id)"));
    }

    @Test
    void jsonTextIsEscaped() {
        assertEquals("\"a\\\"b\\\\c\\u000ad\\u0001\"", Results.json("a\"b\\c\nd\u0001"));
    }
}
