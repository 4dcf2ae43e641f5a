package org.cspdesk.customers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Attributes;
import org.cspdesk.platform.api.EchoedLinks;

import java.util.List;

/**
 * The body of {@code POST /v1/customers}: Partner Center's {@code Customer} as its SDKs send it. Read-only
 * members a client may send (Partner Center ignores them, and so do we): {@code id}, {@code commerceId},
 * {@code relationshipToPartner}, {@code allowDelegatedAccess}, {@code customDomains}, {@code attributes},
 * {@code links}, {@code __Links}, and {@code tenantId} in the company profile. Not accepted (no such thing
 * here): {@code userCredentials}, {@code associatedPartnerId} (indirect resellers), the company profile's
 * {@code address}.
 */
public record NewCustomerRequest(String id,
                                 String commerceId,
                                 @NotNull @Valid CompanyProfile companyProfile,
                                 @NotNull @Valid BillingProfileBody billingProfile,
                                 String relationshipToPartner,
                                 Boolean allowDelegatedAccess,
                                 List<String> customDomains,
                                 Attributes attributes,
                                 EchoedLinks links,
                                 EchoedLinks __Links) {

    public record CompanyProfile(
            String tenantId,
            @NotBlank @Size(max = 253)
            @Pattern(regexp = "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$",
                    message = "must be a domain name such as contoso.onmicrosoft.com")
            String domain,
            @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String companyName,
            @Email @Size(max = 254) String email,
            @Size(max = 100) String organizationRegistrationNumber,
            Attributes attributes,
            EchoedLinks links,
            EchoedLinks __Links) {
    }

    /**
     * The customer's one company name: Partner Center's own sample sends it as {@code billingProfile.companyName}
     * only, ours as {@code companyProfile.companyName}; either, or both when they agree.
     */
    String companyName() {
        String company = companyProfile.companyName();
        String billing = billingProfile.companyName();
        if (company == null && billing == null) {
            throw ApiProblem.badRequest("validation_failed", "Send the company name in 'billingProfile.companyName'"
                    + " (or 'companyProfile.companyName').").with("field", "billingProfile.companyName");
        }
        if (company != null && billing != null && !company.equals(billing)) {
            throw ApiProblem.badRequest("company_name_mismatch", "'companyProfile.companyName' and"
                    + " 'billingProfile.companyName' name the same company: send one, or the same name twice.")
                    .with("field", "billingProfile.companyName");
        }
        return billing != null ? billing : company;
    }
}
