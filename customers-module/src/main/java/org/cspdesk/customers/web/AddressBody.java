package org.cspdesk.customers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cspdesk.customers.internal.PostalAddress;

import java.util.Locale;

/**
 * Partner Center's {@code Address}, every member of it (the Java SDK's {@code models.Address}): the country is
 * an ISO 3166 alpha-2 code in any case (kept upper-case); region, state, the second line, the names and the
 * phone number are optional, and kept as sent.
 */
public record AddressBody(
        @NotBlank @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166 two-letter country code such as US")
        String country,
        @Size(max = 100) String region,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 100) String state,
        @NotBlank @Size(max = 200) String addressLine1,
        @Size(max = 200) String addressLine2,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String firstName,
        @Size(max = 100) String middleName,
        @Size(max = 100) String lastName,
        @Size(max = 40) String phoneNumber) {

    PostalAddress toAddress() {
        return new PostalAddress(new PostalAddress.Parts(country.toUpperCase(Locale.ROOT), region, city, state,
                addressLine1, addressLine2, postalCode, firstName, middleName, lastName, phoneNumber));
    }
}
