package org.cspdesk.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cspdesk.customers.internal.CustomerUser;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.EchoedLinks;
import org.cspdesk.platform.api.NeverLogged;

import java.util.Locale;

/**
 * The body of {@code POST /v1/customers/{id}/users}: Partner Center's {@code CustomerUser} as its SDKs send it.
 * Stored: the UPN, display name, first and last name, usage location, phone number, immutable id and domain
 * type. Read-only members a client may send and that are ignored: {@code id}, {@code state},
 * {@code softDeletionTime}, {@code lastDirectorySyncTime}, {@code attributes}, {@code links}, {@code __Links}.
 *
 * <p>The Java SDK (1.15.3) sends {@code UsageLocation} and the password profile's {@code Password} and
 * {@code ForceChangePassword} twice, camelCase from the getter and PascalCase from the annotated field: both
 * spellings are declared, and must agree. The password is accepted and never stored, echoed or logged: CSP
 * Desk keeps no directory to sign in to.
 *
 * <p>The UPN's pattern is written to run in time linear in its input: Bean Validation checks it even when
 * {@code @Size} has failed, so it sees up to a whole body (1 MiB). The plain {@code [^@\s]+\.[^@\s]+$}
 * backtracked over every dot for every end it tried: 200 KB of {@code a.} held a core for minutes. Possessive
 * runs and the lookahead (all that follows the {@code @} is allowed) leave only the search for a dot.
 */
public record NewCustomerUserRequest(
        String id,
        @NotBlank @Size(max = 254)
        @Pattern(regexp = "^[^@\\s]++@(?=[^@\\s]++$)[^@\\s]+\\.[^@\\s]+$", message = "must be a user principal name such as ada@contoso.onmicrosoft.com")
        String userPrincipalName,
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166 two-letter country code such as US")
        String usageLocation,
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166 two-letter country code such as US")
        String UsageLocation,
        @Valid PasswordProfile passwordProfile,
        @Size(max = 40) String phoneNumber,
        @Size(max = 200) String immutableId,
        @Pattern(regexp = "none|managed|federated", message = "must be none, managed or federated")
        String userDomainType,
        String state,
        String softDeletionTime,
        String lastDirectorySyncTime,
        Attributes attributes,
        EchoedLinks links,
        EchoedLinks __Links) {

    /** Partner Center's {@code PasswordProfile}; never stored, echoed or recorded. */
    public record PasswordProfile(@NeverLogged @Size(max = 256) String password,
                                  @NeverLogged @Size(max = 256) String Password,
                                  Boolean forceChangePassword,
                                  Boolean ForceChangePassword) {

        void check() {
            SentTwice.agreeSecretly("passwordProfile.password", password, Password);
            SentTwice.agree("passwordProfile.forceChangePassword", forceChangePassword, ForceChangePassword);
        }
    }

    CustomerUser.Details details() {
        if (passwordProfile != null) {
            passwordProfile.check();
        }
        String location = SentTwice.agree("usageLocation", usageLocation, UsageLocation);
        return new CustomerUser.Details(userPrincipalName, displayName, firstName, lastName,
                location == null ? null : location.toUpperCase(Locale.ROOT), phoneNumber, immutableId,
                userDomainType == null ? "none" : userDomainType);
    }
}
