package org.cspdesk.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A partner-only endpoint that a customer user may know of: its {@code @RolesAllowed} leaves
 * {@code CustomerUser} out, so the refusal comes before the body is read or judged, and a customer user is
 * told this (403) instead of the generic {@code forbidden_role}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RefusedToCustomerUsers {

    /** The problem's stable code, e.g. {@code partner_action_required}. */
    String code();

    /** What the customer user should do instead. */
    String detail();
}
