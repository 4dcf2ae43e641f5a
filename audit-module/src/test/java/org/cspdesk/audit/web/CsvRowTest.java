package org.cspdesk.audit.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4180 as the export writes it: a field is quoted only when it must be, and its quotes are doubled. */
class CsvRowTest {

    private static String row(String... fields) {
        return AuditCsvResource.row(new StringBuilder("left from the previous row"), fields).toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAreAndAbsentOnesLeftEmpty() {
        assertEquals("a,,Énergie\r\n", row("a", null, "Énergie"));
    }

    @Test
    void aFieldWithACommaQuoteOrLineBreakIsQuotedWithItsQuotesDoubled() {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",\"\"\"\"\r\n",
                row("a,b", "say \"hi\"", "two\nlines", "cr\r", "\""));
    }

    @Test
    void jsonValuesSurviveTheRoundTrip() {
        assertEquals("\"{\"\"id\"\":\"\"x\"\",\"\"n\"\":[1,2]}\"\r\n", row("{\"id\":\"x\",\"n\":[1,2]}"));
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsMadeText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tx\",\"'\ry\"\r\n",
                row("=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\ry"));
        assertEquals("a=b,x-1,\"'=\"\r\n", row("a=b", "x-1", "="));
    }
}
