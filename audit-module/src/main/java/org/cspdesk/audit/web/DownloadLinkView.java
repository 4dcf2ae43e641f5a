package org.cspdesk.audit.web;

import org.cspdesk.platform.api.Attributes;

import java.time.Instant;

/**
 * A signed link to the activity log's CSV.
 *
 * @param href      relative to the server (same origin), for a plain browser link
 * @param expiresAt when the link stops working
 */
public record DownloadLinkView(String href, Instant expiresAt, Attributes attributes) {
}
