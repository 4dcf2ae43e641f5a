package org.cspdesk.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/customers}, as Partner Center's customer creation. */
public record NewCustomerRequest(@NotNull @Valid CompanyProfile companyProfile,
                                 @NotNull @Valid BillingProfile billingProfile) {

    public record CompanyProfile(
            @NotBlank @Size(max = 253)
            @Pattern(regexp = "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
                    message = "must be a domain name such as contoso.onmicrosoft.com")
            String domain,
            @NotBlank @Size(max = 200) String companyName) {
    }

    public record BillingProfile(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Pattern(regexp = "^[a-z]{2}-[A-Z]{2}$", message = "must be a culture such as en-US") String culture,
            @NotBlank @Pattern(regexp = "^[a-z]{2}$", message = "must be a two-letter language code such as en") String language,
            @NotNull @Valid Address defaultAddress) {
    }

    public record Address(
            @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 two-letter country code such as US") String country,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 20) String postalCode,
            @NotBlank @Size(max = 200) String addressLine1) {
    }
}
