package org.cspdesk.subscriptions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An offer of the catalog (reference data, loaded by migration). */
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
