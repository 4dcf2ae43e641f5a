package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** Who at the customer receives the partner's invoices, and where. */
@Embeddable
public class BillingProfile {

    @Column(name = "billing_first_name", nullable = false)
    private String firstName;

    @Column(name = "billing_last_name", nullable = false)
    private String lastName;

    @Column(name = "billing_email", nullable = false)
    private String email;

    @Column(name = "billing_culture", nullable = false)
    private String culture;

    @Column(name = "billing_language", nullable = false)
    private String language;

    @Embedded
    private PostalAddress defaultAddress;

    protected BillingProfile() {
    }

    public BillingProfile(String firstName, String lastName, String email, String culture, String language,
                          PostalAddress defaultAddress) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.culture = culture;
        this.language = language;
        this.defaultAddress = defaultAddress;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String culture() {
        return culture;
    }

    public String language() {
        return language;
    }

    public PostalAddress defaultAddress() {
        return defaultAddress;
    }
}
