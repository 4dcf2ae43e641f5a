package org.cspdesk.devtools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * One admin exports the activity log of a window holding {@link Profile#EXPORT_RECORDS} records as CSV
 * ({@code GET /v1/auditrecords.csv}), read to the last byte. Rows are counted as RFC 4180 records (a line
 * break inside a quoted field does not end a row), and the server's heap is watched meanwhile.
 */
final class CsvExportRun {
    record Result(long rows, double seconds, double peakHeapMb, double oldGenerationGrowthMb, String heapFailure) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private CsvExportRun() {
    }

    static Result run(HttpClient http, String baseUrl, String token, Instant from, Instant to, long serverPid)
            throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + "/v1/auditrecords.csv?startDate=" + from + "&endDate=" + to);
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
        try (HeapSampler heap = HeapSampler.watch(serverPid)) {
            long started = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long rows;
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the export answered " + response.statusCode() + ": "
                            + new String(body.readNBytes(500)));
                }
                rows = countRecords(body) - 1;   // the header row
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(200);   // one more heap reading after the last row
            return new Result(rows, seconds, heap.peakMb(), heap.oldGenerationGrowthMb(), heap.failure());
        }
    }

    /** RFC 4180 records: line feeds outside double quotes (an escaped quote "" toggles twice). */
    static long countRecords(InputStream csv) throws IOException {
        byte[] buffer = new byte[1 << 16];
        boolean quoted = false;
        long records = 0;
        for (int read = csv.read(buffer); read > 0; read = csv.read(buffer)) {
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '"') {
                    quoted = !quoted;
                } else if (buffer[i] == '\n' && !quoted) {
                    records++;
                }
            }
        }
        return records;
    }
}
