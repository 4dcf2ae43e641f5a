package org.cspdesk.platform.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0017: an operation or resource type Partner Center has is spelled as Partner Center spells it; every
 * other one is ours, in docs/api.md's list. Adding an operation means finding it here or listing it there.
 */
class ActivityLogVocabularyTest {
    /**
     * partner-center-sdk-for-dotNET {@code Models/Auditing/OperationType.cs} (the most complete of the two SDKs;
     * Partner-Center-Java's {@code models/auditing/OperationType.java} is a subset), as its EnumJsonConverter
     * puts them on the wire: PascalCase to snake_case.
     */
    private static final Set<String> PARTNER_CENTER_OPERATIONS = snakeCase("UpdateCustomerQualification",
            "UpdateSubscription", "UpgradeSubscription", "ConvertTrialSubscription", "AddCustomer",
            "UpdateCustomerBillingProfile", "UpdateCustomerPartnerContractCompanyName", "UpdateCustomerSpendingBudget",
            "DeleteCustomer", "RemovePartnerCustomerRelationship", "CreateOrder", "UpdateOrder", "CreateCustomerUser",
            "DeleteCustomerUser", "UpdateCustomerUser", "UpdateCustomerUserLicenses", "ResetCustomerUserPassword",
            "UpdateCustomerUserPrincipalName", "RestoreCustomerUser", "CreateMpnAssociation", "UpdateMpnAssociation",
            "UpdateSfbCustomerUserLicenses", "UpdateTransfer", "CreatePartnerRelationship", "RegisterApplication",
            "UnregisterApplication", "AddApplicationCredential", "RemoveApplicationCredential", "CreatePartnerUser",
            "UpdatePartnerUser", "RemovePartnerUser", "CreateReferral", "UpdateReferral", "GetSoftwareKey",
            "GetSoftwareDownloadLink", "IncreaseSpendingLimit", "ReadyInvoice", "CreateAgreement", "ExtendRelationship",
            "CreateTransfer", "CreateSelfServePolicy", "UpdateSelfServePolicy", "DeleteSelfServePolicy",
            "RemovePartnerRelationship", "DeleteTipCustomer", "CreateRelatedReferral", "UpdateRelatedReferral",
            "GranularAdminRelationshipApproved", "GranularAdminRelationshipActivated",
            "GranularAdminRelationshipTerminationRequested", "GranularAdminRelationshipTerminated",
            "GranularAdminRelationshipExpired", "GranularAdminAccessAssignmentCreated",
            "GranularAdminAccessAssignmentUpdated", "GranularAdminAccessAssignmentDeleted",
            "DapAdminRelationshipApproved", "DapAdminRelationshipTerminated", "CreateCredit", "UpdateCredit",
            "CancelCredit", "AddUserMember", "RemoveUserMember", "GranularAdminAccessAssignmentActivated",
            "SoftwareAttestation", "GranularAdminRelationshipCleanedUp", "UpdateCompanyInfo", "PolicyCreated",
            "PolicyUpdated", "PolicyDeleted", "DeviceUpdated", "DevicesUpdateAttempted", "DeviceDeleted",
            "DevicesUploadToNewBatchAttempted", "DevicesUploadToExistingBatchAttempted", "ManageOverage",
            "DapAdminRelationshipTerminatedByMicrosoft", "AzureFraudEventDetected", "CreateNewCommerceMigration");

    /** partner-center-sdk-for-dotNET {@code Models/Auditing/ResourceType.cs}, on the wire. */
    private static final Set<String> PARTNER_CENTER_RESOURCES = snakeCase("Customer", "CustomerUser", "Order",
            "Subscription", "License", "ThirdPartyAddOn", "MpnAssociation", "Transfer", "Application",
            "ApplicationCredential", "PartnerUser", "PartnerRelationship", "Referral", "SoftwareKey",
            "SoftwareDownloadLink", "SpendingLimit", "Invoice", "Agreement", "PartnerCustomerRelationship",
            "SelfServePolicy", "GranularAdminRelationship", "GranularAdminAccessAssignment", "PartnerCustomerDap",
            "Credit", "CustomerDirectoryRole", "SoftwarePage", "Device", "Policy", "Overage", "NewCommerceMigration",
            "AzureEntitlement", "IndirectProviderIndirectResellerDap");

    private static final Path API_DOC = Path.of("..", "docs", "api.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| `([a-z_]+)` \\| (.+) \\|$");

    @Test
    void everyOperationTypeIsPartnerCentersOrListedAsOurs() throws IOException {
        Map<String, String> ours = new LinkedHashMap<>();
        for (OperationType type : OperationType.values()) {
            assertThat(type.wire()).as(type.name()).matches("[a-z]+(_[a-z]+)+");
            if (!PARTNER_CENTER_OPERATIONS.contains(type.wire())) {
                ours.put(type.wire(), type.displayName());
            }
        }
        Map<String, String> listed = new LinkedHashMap<>();
        ownRows().forEach(row -> listed.put(row[0], row[2]));
        assertThat(ours).as("our own operation types, as docs/api.md lists them").isEqualTo(listed);
        assertThat(listed.keySet()).doesNotContainAnyElementsOf(PARTNER_CENTER_OPERATIONS);
    }

    @Test
    void resourceTypesArePartnerCentersWhereItHasTheResourceAndListedWhereNot() throws IOException {
        Set<String> ours = Arrays.stream(ResourceType.values()).map(ResourceType::wire)
                .filter(wire -> !PARTNER_CENTER_RESOURCES.contains(wire)).collect(Collectors.toSet());
        Set<String> listed = ownRows().stream().map(row -> row[1]).collect(Collectors.toSet());
        assertThat(ours).isEqualTo(listed);
        assertThat(Arrays.stream(ResourceType.values()).map(ResourceType::wire))
                .contains("customer", "customer_user", "order", "subscription", "self_serve_policy");
    }

    private static List<String[]> ownRows() throws IOException {
        List<String> lines = Files.readAllLines(API_DOC);
        int start = lines.indexOf("<!-- own-operation-types:start -->");
        int end = lines.indexOf("<!-- own-operation-types:end -->");
        assertThat(start).as("the list's start marker in " + API_DOC).isNotNegative();
        assertThat(end).isGreaterThan(start);
        return lines.subList(start + 3, end).stream().map(line -> {
            Matcher row = ROW.matcher(line);
            assertThat(row.matches()).as("a row: " + line).isTrue();
            return new String[]{row.group(1), row.group(2), row.group(3)};
        }).toList();
    }

    private static Set<String> snakeCase(String... pascalCase) {
        return Arrays.stream(pascalCase).map(name -> name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase())
                .collect(Collectors.toSet());
    }
}
