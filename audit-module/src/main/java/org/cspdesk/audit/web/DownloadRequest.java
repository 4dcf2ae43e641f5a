package org.cspdesk.audit.web;

/**
 * The body of {@code POST /v1/auditrecords/downloads}: what {@code GET /v1/auditrecords.csv} takes in its query,
 * {@code filter} as the same JSON text.
 */
public record DownloadRequest(String startDate, String endDate, String filter) {
}
