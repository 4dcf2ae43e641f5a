package org.cspdesk.platform.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** ADR 0014: one mapping of our codes to Partner Center's, shown the same in docs/errors-and-limits.md. */
class PartnerCenterCodesTest {
    private static final Path DOC = Path.of("..", "docs", "errors-and-limits.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (\\d+) \\| .+ \\|$");

    @Test
    void theDocumentedTableIsTheTableInTheCode() throws IOException {
        assertThat(documentedTable()).isEqualTo(PartnerCenterCodes.table());
    }

    @Test
    void aPartnerCenterClientReadsTheNumberWhereThereIsOneAndOurCodeWhereThereIsNone() {
        assertThat(PartnerCenterCodes.wireCode("policy_exists")).isEqualTo(600041);
        assertThat(PartnerCenterCodes.wireCode("policy_not_found")).isEqualTo(600039);
        assertThat(PartnerCenterCodes.wireCode("domain_taken")).isEqualTo("domain_taken");
    }

    private static Map<String, Integer> documentedTable() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        int start = lines.indexOf("<!-- partner-center-codes:start -->");
        int end = lines.indexOf("<!-- partner-center-codes:end -->");
        assertThat(start).as("the table's start marker in " + DOC).isNotNegative();
        assertThat(end).as("the table's end marker in " + DOC).isGreaterThan(start);
        Map<String, Integer> table = new LinkedHashMap<>();
        for (String line : lines.subList(start + 3, end)) {
            Matcher row = ROW.matcher(line);
            assertThat(row.matches()).as("a table row: " + line).isTrue();
            assertThat(table.put(row.group(1), Integer.valueOf(row.group(2)))).as("listed once: " + line).isNull();
        }
        return table;
    }
}
