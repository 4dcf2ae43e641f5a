package org.cspdesk.audit.internal;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export writes an operation date as the JSON list does: ISO 8601, UTC, the fraction's trailing zeros trimmed. */
class ExportDatesTest {

    @Test
    void postgresUtcTextBecomesTheInstantTheJsonListShows() {
        assertEquals("2026-11-14T12:42:02.082611Z", AuditRecords.isoUtc("2026-11-14 12:42:02.082611"));
        assertEquals("2026-11-14T12:42:02.5Z", AuditRecords.isoUtc("2026-11-14 12:42:02.5"));
        assertEquals("2026-11-14T12:42:00Z", AuditRecords.isoUtc("2026-11-14 12:42:00"));
        assertEquals(OffsetDateTime.parse("2026-11-14T12:42:02.5Z"),
                OffsetDateTime.parse(AuditRecords.isoUtc("2026-11-14 12:42:02.5")));
    }
}
