package org.cspdesk.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cspdesk.customers.internal.BillingProfile;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.EchoedLinks;

import java.util.Locale;

/**
 * Partner Center's {@code CustomerBillingProfile} as a client sends it: inside a new customer, and whole to
 * {@code PUT .../profiles/billing}. {@code id}, {@code attributes} (whose {@code etag} the PUT reads),
 * {@code links} and {@code __Links} are what a client echoes from its read (docs/api.md); the rest is stored.
 * Culture and language are accepted in any case, as Partner Center's own sample sends them ({@code EN-US},
 * {@code En}), and kept as Partner Center answers them ({@code en-US}, {@code en}).
 */
public record BillingProfileBody(
        String id,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "^[A-Za-z]{2}-[A-Za-z]{2}$", message = "must be a culture such as en-US")
        String culture,
        @NotBlank @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be a two-letter language code such as en")
        String language,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String companyName,
        @NotNull @Valid AddressBody defaultAddress,
        Attributes attributes,
        EchoedLinks links,
        EchoedLinks __Links) {

    BillingProfile toProfile() {
        String[] parts = culture.split("-");
        return new BillingProfile(firstName, lastName, email,
                parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT),
                language.toLowerCase(Locale.ROOT), defaultAddress.toAddress());
    }

    /** The etag the body carries in {@code attributes.etag}, if any. */
    String etag() {
        return attributes == null ? null : attributes.etag();
    }
}
