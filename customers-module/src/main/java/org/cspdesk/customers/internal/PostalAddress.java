package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address, with the person it reaches, as Partner Center's {@code Address}: the country is an ISO 3166
 * alpha-2 code; region, state, the second line, the names and the phone number are optional.
 */
@Embeddable
public class PostalAddress {

    @Column(name = "address_country", nullable = false)
    private String country;

    @Column(name = "address_region")
    private String region;

    @Column(name = "address_city", nullable = false)
    private String city;

    @Column(name = "address_state")
    private String state;

    @Column(name = "address_line1", nullable = false)
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "address_postal_code")
    private String postalCode;

    @Column(name = "address_first_name")
    private String firstName;

    @Column(name = "address_middle_name")
    private String middleName;

    @Column(name = "address_last_name")
    private String lastName;

    @Column(name = "address_phone_number")
    private String phoneNumber;

    protected PostalAddress() {
    }

    /** The parts as Partner Center names them; see {@link Parts}. */
    public PostalAddress(Parts parts) {
        this.country = parts.country();
        this.region = parts.region();
        this.city = parts.city();
        this.state = parts.state();
        this.addressLine1 = parts.addressLine1();
        this.addressLine2 = parts.addressLine2();
        this.postalCode = parts.postalCode();
        this.firstName = parts.firstName();
        this.middleName = parts.middleName();
        this.lastName = parts.lastName();
        this.phoneNumber = parts.phoneNumber();
    }

    /** An address without region, state, second line, names or phone. */
    public PostalAddress(String country, String city, String postalCode, String addressLine1) {
        this(new Parts(country, null, city, null, addressLine1, null, postalCode, null, null, null, null));
    }

    public Parts parts() {
        return new Parts(country, region, city, state, addressLine1, addressLine2, postalCode, firstName, middleName,
                lastName, phoneNumber);
    }

    /** The members of Partner Center's {@code Address}, in its order. */
    public record Parts(String country, String region, String city, String state, String addressLine1,
                        String addressLine2, String postalCode, String firstName, String middleName, String lastName,
                        String phoneNumber) {
    }
}
