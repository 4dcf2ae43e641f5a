package org.cspdesk.customers.internal;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerTest {
    private final Customer contoso = new Customer("Contoso.onmicrosoft.com", "Contoso",
            new BillingProfile("Ada", "L", "a@b.c", "en-US", "en", new PostalAddress("US", "Redmond", "98052", "1 Way")),
            OffsetDateTime.now());

    @Test
    void aCustomersIdIsANewTenantIdAndItsDomainIsKeptLowerCase() {
        assertThat(contoso.id()).isNotNull();
        assertThat(contoso.domain()).isEqualTo("contoso.onmicrosoft.com");
    }

    @Test
    void aUserPrincipalNameMustBeInTheCustomersDomainOrASubdomain() {
        assertThat(contoso.ownsPrincipalName("ada@contoso.onmicrosoft.com")).isTrue();
        assertThat(contoso.ownsPrincipalName("ADA@CONTOSO.ONMICROSOFT.COM")).isTrue();
        assertThat(contoso.ownsPrincipalName("ada@eu.contoso.onmicrosoft.com")).isTrue();
        assertThat(contoso.ownsPrincipalName("eve@notcontoso.onmicrosoft.com")).isFalse();
        assertThat(contoso.ownsPrincipalName("eve@fabrikam.onmicrosoft.com")).isFalse();
    }
}
