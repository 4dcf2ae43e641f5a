package org.cspdesk.subscriptions.api;

import java.util.List;

/** The answer to "may this customer be allowed to buy {@code resource} on the partner's bill?". */
public record PrerequisitesReport(String resource, boolean met, List<PrerequisiteCheck> checks) {

    public List<PrerequisiteCheck> failedChecks() {
        return checks.stream().filter(check -> !check.met()).toList();
    }
}
