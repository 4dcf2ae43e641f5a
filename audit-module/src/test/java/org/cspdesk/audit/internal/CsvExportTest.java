package org.cspdesk.audit.internal;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** COPY takes no parameters: the export writes its values as literals, and nothing a caller types escapes them. */
class CsvExportTest {

    @Test
    void aQuoteInAFilterValueIsDoubledAndABackslashStaysABackslash() {
        assertEquals("'O''Brien'' or ''1''=''1'", CsvExport.literal("O'Brien' or '1'='1"));
        assertEquals("'a\\'' ; drop table x; --'", CsvExport.literal("a\\' ; drop table x; --"));
    }

    @Test
    void datesAndIdsAreTypedLiterals() {
        assertEquals("'2026-11-14T12:42:02.500Z'::timestamptz", CsvExport.literal(OffsetDateTime.parse("2026-11-14T12:42:02.5Z")));
        UUID id = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
        assertEquals("'3fa85f64-5717-4562-b3fc-2c963f66afa6'::uuid", CsvExport.literal(id));
    }

    @Test
    void eachNumberedParameterBecomesItsValueEvenPastNine() {
        List<Object> params = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertEquals("x = 'j' and y = 'a' and z = 'i'", CsvExport.inline("x = ?10 and y = ?1 and z = ?9", params));
    }

    @Test
    void aValueThatLooksLikeAParameterStaysText() {
        assertEquals("x = '?2' and y = 'b'", CsvExport.inline("x = ?1 and y = ?2", List.of("?2", "b")));
    }

    @Test
    void aNulCharacterOrAnUnknownTypeIsNeverWritten() {
        assertThrows(IllegalArgumentException.class, () -> CsvExport.literal("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> CsvExport.literal(42));
    }

    @Test
    void theStatementIsPostgreSqlsOwnCsvWithTheFormulaGuardAndHeader() {
        String copy = CsvExport.copy("operation_date >= ?1", List.of(OffsetDateTime.parse("2026-01-01T00:00Z")));
        assertTrue(copy.startsWith("copy (select "), copy);
        assertTrue(copy.endsWith(") to stdout with (format csv, header)"), copy);
        assertTrue(copy.contains("case when left(customer_name, 1) in ('=', '+', '-', '@', E'\\t', E'\\r') then '''' || customer_name"), copy);
        assertTrue(copy.contains(" when 'add_customer' then 'Add customer'"), copy);
        assertTrue(copy.contains("where operation_date >= '2026-01-01T00:00Z'::timestamptz order by"), copy);
    }
}
