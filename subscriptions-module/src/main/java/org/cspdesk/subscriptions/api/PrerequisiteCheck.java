package org.cspdesk.subscriptions.api;

import java.util.List;
import java.util.UUID;

/**
 * One check of the purchase prerequisites.
 *
 * @param code            {@code azure_subscription} or {@code owner_role}
 * @param met             whether it holds
 * @param detail          what holds, or how the partner fixes it (buy an Azure plan; assign Owner)
 * @param subscriptionIds the subscriptions that satisfy it
 */
public record PrerequisiteCheck(String code, boolean met, String detail, List<UUID> subscriptionIds) {
    public static final String AZURE_SUBSCRIPTION = "azure_subscription";
    public static final String OWNER_ROLE = "owner_role";
}
