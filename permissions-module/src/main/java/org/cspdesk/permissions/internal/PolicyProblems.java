package org.cspdesk.permissions.internal;

import org.cspdesk.platform.api.ApiProblem;
import org.cspdesk.platform.api.Echo;

/** The refusals of the permissions module, worded once. */
public final class PolicyProblems {
    private PolicyProblems() {
    }

    public static ApiProblem notFound(String policyId) {
        return ApiProblem.notFound("policy_not_found", "No self-serve policy with id " + Echo.shortly(policyId) + ".");
    }
}
