package org.cspdesk.reservations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** Where the partner wants to hear of its customers' own purchases, and the secret that signs each message. */
@Entity
@Table(name = "purchase_webhook", schema = "reservations")
public class PurchaseWebhook {
    static final int THE_ONE = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "secret", nullable = false)
    private String secret;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected PurchaseWebhook() {
    }

    PurchaseWebhook(String url, String secret, boolean enabled, String by, OffsetDateTime at) {
        this.id = THE_ONE;
        change(url, secret, enabled, by, at);
    }

    /** A null secret keeps the one there is: a partner can switch the webhook off without knowing it. */
    void change(String newUrl, String newSecret, boolean nowEnabled, String by, OffsetDateTime at) {
        url = newUrl;
        if (newSecret != null) {
            secret = newSecret;
        }
        enabled = nowEnabled;
        updatedBy = by;
        updatedAt = at;
    }

    public String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    public boolean enabled() {
        return enabled;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
