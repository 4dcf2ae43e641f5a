package org.cspdesk.subscriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An offer of the catalog: reference data, loaded by migration. Its category says what it counts as:
 * {@code azure_plan} and {@code azure_global} are the usage-based Azure offers on which customers may
 * buy reservations; {@code license} offers (Microsoft 365 and the like) are bought in seats and never
 * count for the purchase prerequisites.
 */
@Entity
@Table(name = "offer", schema = "subscriptions")
public class Offer {
    public static final String AZURE_PLAN = "azure_plan";
    public static final String AZURE_GLOBAL = "azure_global";

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "billing_type", nullable = false)
    private String billingType;

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "unit_type", nullable = false)
    private String unitType;

    protected Offer() {
    }

    /** Offers come from the migration; this is for tests of the rules. */
    Offer(String id, String name, String billingType, String category, String unitType) {
        this.id = id;
        this.name = name;
        this.billingType = billingType;
        this.category = category;
        this.unitType = unitType;
    }

    /** Azure plan and the legacy Azure offer are usage-based: one subscription, no seats. */
    public boolean isAzure() {
        return AZURE_PLAN.equals(category) || AZURE_GLOBAL.equals(category);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String billingType() {
        return billingType;
    }

    public String category() {
        return category;
    }

    public String unitType() {
        return unitType;
    }
}
