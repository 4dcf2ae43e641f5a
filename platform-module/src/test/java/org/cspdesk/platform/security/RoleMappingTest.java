package org.cspdesk.platform.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which CSP Desk roles a partner user's app roles and groups give (CSPDESK_ROLE_MAP). */
class RoleMappingTest {

    @Test
    void withoutAMapEachPartnerRoleIsHeldByTheAppRoleOfItsName() {
        RoleMapping mapping = RoleMapping.parse("");
        assertThat(mapping.partnerRoles(List.of("AdminAgent", "Reader"), List.of())).isEqualTo(Set.of("AdminAgent"));
    }

    @Test
    void withoutAMapAGroupNamedLikeAPartnerRoleGivesNoRole() {
        // A provider may put group names in 'groups'; whoever may make a group could call it GlobalAdmin.
        RoleMapping mapping = RoleMapping.parse("");
        assertThat(mapping.partnerRoles(List.of(), List.of("GlobalAdmin", "AdminAgent"))).isEmpty();
    }

    @Test
    void aMapGivesRolesByAppRoleValueOrGroupIdAndARoleMayBeNamedTwice() {
        RoleMapping mapping = RoleMapping.parse("AdminAgent=csp.admins, SalesAgent=3f1c0e4e-group,AdminAgent=Owner");
        assertThat(mapping.partnerRoles(List.of(), List.of("3f1c0e4e-group"))).isEqualTo(Set.of("SalesAgent"));
        assertThat(mapping.partnerRoles(List.of("Owner"), List.of("3f1c0e4e-group")))
                .isEqualTo(Set.of("AdminAgent", "SalesAgent"));
        assertThat(mapping.partnerRoles(List.of("AdminAgent"), List.of())).as("the map replaces the default").isEmpty();
    }

    @Test
    void customerUserIsNeverMappedAndAMalformedMapStopsTheDeployment() {
        assertThatThrownBy(() -> RoleMapping.parse("CustomerUser=everyone")).hasMessageContaining("CSPDESK_ROLE_MAP");
        assertThatThrownBy(() -> RoleMapping.parse("AdminAgent")).hasMessageContaining("ROLE=VALUE");
        assertThatThrownBy(() -> RoleMapping.parse("AdminAgent=")).hasMessageContaining("ROLE=VALUE");
    }
}
