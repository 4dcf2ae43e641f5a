package org.cspdesk.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cspdesk.customers.internal.CustomerUser;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.EchoedLinks;

import java.util.Locale;

/**
 * The body of {@code PATCH /v1/customers/{id}/users/{userId}} (Partner Center's "Update user accounts for a
 * customer"): a {@code CustomerUser}, typically as read, with the members to change. A member left out or null
 * keeps its value. The same members as a new user's ({@link NewCustomerUserRequest}), none required; the UPN
 * may only be sent unchanged, and a password profile is refused (Partner Center resets a password this way;
 * CSP Desk keeps none to reset).
 */
public record CustomerUserPatch(
        String id,
        @Size(max = 254) String userPrincipalName,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String displayName,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166 two-letter country code such as US")
        String usageLocation,
        @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166 two-letter country code such as US")
        String UsageLocation,
        @Valid NewCustomerUserRequest.PasswordProfile passwordProfile,
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

    CustomerUser.Details changes() {
        if (passwordProfile != null) {
            throw ApiProblem.badRequest("password_not_kept", "CSP Desk keeps no passwords, so none can be reset:"
                    + " leave 'passwordProfile' out.").with("field", "passwordProfile");
        }
        String location = SentTwice.agree("usageLocation", usageLocation, UsageLocation);
        return new CustomerUser.Details(userPrincipalName, displayName, firstName, lastName,
                location == null ? null : location.toUpperCase(Locale.ROOT), phoneNumber, immutableId, userDomainType);
    }
}
