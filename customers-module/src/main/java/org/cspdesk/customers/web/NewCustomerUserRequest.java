package org.cspdesk.customers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v1/customers/{id}/users}.
 *
 * <p>The UPN's pattern is written to run in time linear in its input: Bean Validation checks it even when
 * {@code @Size} has failed, so it sees up to a whole body (1 MiB). The plain {@code [^@\s]+\.[^@\s]+$}
 * backtracked over every dot for every end it tried: 200 KB of {@code a.} held a core for minutes. Possessive
 * runs and the lookahead (all that follows the {@code @} is allowed) leave only the search for a dot.
 */
public record NewCustomerUserRequest(
        @NotBlank @Size(max = 254)
        @Pattern(regexp = "^[^@\\s]++@(?=[^@\\s]++$)[^@\\s]+\\.[^@\\s]+$", message = "must be a user principal name such as ada@contoso.onmicrosoft.com")
        String userPrincipalName,
        @NotBlank @Size(max = 200) String displayName) {
}
