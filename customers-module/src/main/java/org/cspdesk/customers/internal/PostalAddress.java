package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; the country is an ISO 3166 alpha-2 code. */
@Embeddable
public class PostalAddress {

    @Column(name = "address_country", nullable = false)
    private String country;

    @Column(name = "address_city", nullable = false)
    private String city;

    @Column(name = "address_postal_code")
    private String postalCode;

    @Column(name = "address_line1", nullable = false)
    private String addressLine1;

    protected PostalAddress() {
    }

    public PostalAddress(String country, String city, String postalCode, String addressLine1) {
        this.country = country;
        this.city = city;
        this.postalCode = postalCode;
        this.addressLine1 = addressLine1;
    }

    public String country() {
        return country;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String addressLine1() {
        return addressLine1;
    }
}
