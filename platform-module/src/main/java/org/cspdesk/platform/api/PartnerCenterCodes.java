package org.cspdesk.platform.api;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The one mapping of our stable string codes ({@code cspdeskCode}) to Partner Center's numeric error codes,
 * for the situations where Partner Center has one (docs/adr/0014-partner-center-errors.md). Every problem's
 * {@code code} member is looked up here; docs/errors-and-limits.md shows the same table, and a test keeps the
 * two equal. A code not listed has no Partner Center counterpart: its {@code code} is our string code.
 *
 * <p>One entry a line, sorted by our code, so that parallel additions merge without conflict.
 */
public final class PartnerCenterCodes {
    private static final Map<String, Integer> BY_CSPDESK_CODE = Map.ofEntries(
            entry("cart_already_ordered", 800065),
            entry("cart_not_found", 800008),
            entry("company_name_mismatch", 800002),
            entry("conflicting_continuation_tokens", 800002),
            entry("conflicting_fields", 800002),
            entry("conflicting_parameters", 800002),
            entry("customer_not_found", 60003),
            entry("etag_mismatch", 2055),
            entry("forbidden_role", 900150),
            entry("internal_error", 800003),
            entry("invalid_catalog_item_id", 800002),
            entry("invalid_continuation_token", 800002),
            entry("invalid_date", 800002),
            entry("invalid_filter", 800002),
            entry("invalid_page_size", 800002),
            entry("invalid_seek_operation", 800002),
            entry("invalid_token", 400),
            entry("invalid_value", 800002),
            entry("invalid_window", 800002),
            entry("malformed_body", 800002),
            entry("missing_continuation_token", 800002),
            entry("missing_parameter", 800002),
            entry("no_role", 900150),
            entry("not_found", 1000),
            entry("order_not_found", 20000),
            entry("owner_role_required", 900150),
            entry("partner_action_required", 900150),
            entry("policy_exists", 600041),
            entry("policy_not_found", 600039),
            entry("profile_mismatch", 800002),
            entry("purchase_not_permitted", 2032),
            entry("session_ended", 400),
            entry("subscription_deleted", 2011),
            entry("subscription_not_eligible", 800013),
            entry("subscription_not_found", 20003),
            entry("term_mismatch", 800002),
            entry("unauthenticated", 400),
            entry("unknown_customer_user", 400),
            entry("unknown_field", 3000),
            entry("unknown_offer", 800004),
            entry("unknown_parameter", 800002),
            entry("untrusted_application", 400),
            entry("untrusted_issuer", 400),
            entry("untrusted_tenant", 400),
            entry("user_deleted", 400),
            entry("validation_failed", 800002));

    /** Partner Center's {@code source} member of an error: who answered. */
    public static final String SOURCE = "CSPDesk";

    private PartnerCenterCodes() {
    }

    /** Partner Center's numeric code for the situation our code names, if Partner Center has one. */
    public static Optional<Integer> of(String cspdeskCode) {
        return Optional.ofNullable(BY_CSPDESK_CODE.get(cspdeskCode));
    }

    /**
     * What a Partner Center client reads as {@code code}: Partner Center's number (a JSON number, as
     * Partner Center sends it), or our own string code where Partner Center has none. Both SDKs read
     * {@code code} into a string, which takes either.
     */
    public static Object wireCode(String cspdeskCode) {
        Integer partnerCenterCode = BY_CSPDESK_CODE.get(cspdeskCode);
        return partnerCenterCode != null ? partnerCenterCode : cspdeskCode;
    }

    /** The whole table, for the test that keeps docs/errors-and-limits.md equal to it. */
    public static Map<String, Integer> table() {
        return BY_CSPDESK_CODE;
    }
}
