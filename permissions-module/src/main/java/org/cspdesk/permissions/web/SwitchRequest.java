package org.cspdesk.permissions.web;

import jakarta.validation.constraints.NotNull;

/** The body of the Account page's switch. */
public record SwitchRequest(@NotNull Boolean allowCustomerToPurchase) {
}
