package org.cspdesk.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who at the customer receives the partner's invoices, and where: Partner Center's {@code CustomerBillingProfile}.
 * It has an id of its own, kept when the profile is replaced. Its company name is the customer's (one name, kept
 * on {@link Customer}); the contact may be named here, on the address, or both.
 */
@Embeddable
public class BillingProfile {

    @Column(name = "billing_profile_id", nullable = false)
    private UUID id;

    @Column(name = "billing_first_name")
    private String firstName;

    @Column(name = "billing_last_name")
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
        this.id = UUID.randomUUID();
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.culture = culture;
        this.language = language;
        this.defaultAddress = defaultAddress;
    }

    /** This profile's content under another profile's id: a replacement keeps the id. */
    BillingProfile withId(UUID keptId) {
        BillingProfile replacement = new BillingProfile(firstName, lastName, email, culture, language, defaultAddress);
        replacement.id = keptId;
        return replacement;
    }

    /** The profile as the activity log records it (old and new value of an update). */
    Map<String, Object> recorded(String companyName) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", id.toString());
        value.put("firstName", firstName);
        value.put("lastName", lastName);
        value.put("email", email);
        value.put("culture", culture);
        value.put("language", language);
        value.put("companyName", companyName);
        PostalAddress.Parts a = defaultAddress.parts();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("country", a.country());
        address.put("region", a.region());
        address.put("city", a.city());
        address.put("state", a.state());
        address.put("addressLine1", a.addressLine1());
        address.put("addressLine2", a.addressLine2());
        address.put("postalCode", a.postalCode());
        address.put("firstName", a.firstName());
        address.put("middleName", a.middleName());
        address.put("lastName", a.lastName());
        address.put("phoneNumber", a.phoneNumber());
        address.values().removeIf(java.util.Objects::isNull);
        value.put("defaultAddress", address);
        value.values().removeIf(java.util.Objects::isNull);
        return value;
    }

    public UUID id() {
        return id;
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
