package org.cspdesk.platform.security;

import org.cspdesk.platform.api.Caller;

/**
 * A token's verification: the caller it names, a refusal, or both (a caller known, with no rights here).
 */
record Verdict(Caller caller, Refusal refusal) {

    static Verdict accepted(Caller caller) {
        return new Verdict(caller, null);
    }

    static Verdict refused(Refusal refusal) {
        return new Verdict(null, refusal);
    }

    static Verdict knownButRefused(Caller caller, Refusal refusal) {
        return new Verdict(caller.withoutRoles(), refusal);
    }

    boolean isAccepted() {
        return refusal == null;
    }
}
