package org.cspdesk.customers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /v1/customers/{id}/users}. */
public record NewCustomerUserRequest(
        @NotBlank @Size(max = 254)
        @Pattern(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a user principal name such as ada@contoso.onmicrosoft.com")
        String userPrincipalName,
        @NotBlank @Size(max = 200) String displayName) {
}
