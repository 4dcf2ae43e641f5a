package org.cspdesk.devtools.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The customers the scenarios act on, written straight into the modules' tables: 10,000 customers through
 * the API would take minutes, and seeding is not what is measured. Customer {@code n} (1-based) has
 * deterministic ids, {@code md5('bench-customer-' || n)::uuid} and so on, so the pgbench scripts find the same
 * rows from a number alone. Every customer meets the purchase prerequisites (an active Azure plan bought by
 * the partner, a user holding Owner on it); customers 1..{@link Profile#SWITCH_CUSTOMERS} start with the switch
 * off, the next {@link Profile#PURCHASE_CUSTOMERS} with it on.
 */
final class Fixture {
    static final int CUSTOMERS = Profile.SWITCH_CUSTOMERS + Profile.PURCHASE_CUSTOMERS;
    static final int FIRST_PURCHASING = Profile.SWITCH_CUSTOMERS + 1;

    private Fixture() {
    }

    static UUID customerId(int n) {
        return md5Uuid("bench-customer-" + n);
    }

    static UUID planId(int n) {
        return md5Uuid("bench-plan-" + n);
    }

    static String ownerUpn(int n) {
        return "owner@bench" + n + ".onmicrosoft.com";
    }

    static String companyName(int n) {
        return "Bench Customer " + n;
    }

    /** PostgreSQL's {@code md5(text)::uuid}: the 32 hex digits of the digest read as a UUID. */
    static UUID md5Uuid(String text) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    static void seed(Connection db) throws SQLException {
        String customers = "generate_series(1, " + CUSTOMERS + ") n";
        String[] statements = {
            "insert into customers.customer (id, domain, company_name, billing_first_name, billing_last_name, billing_email,"
                + " billing_culture, billing_language, address_country, address_city, address_postal_code, address_line1, created_at, version)"
                + " select md5('bench-customer-' || n)::uuid, 'bench' || n || '.onmicrosoft.com', 'Bench Customer ' || n, 'Ada', 'Lovelace',"
                + " 'billing@bench' || n || '.onmicrosoft.com', 'en-US', 'en', 'US', 'Redmond', '98052', '1 Microsoft Way', now(), 1 from " + customers,
            "insert into customers.customer_user (id, customer_id, user_principal_name, display_name, created_at)"
                + " select md5('bench-user-' || n)::uuid, md5('bench-customer-' || n)::uuid, 'owner@bench' || n || '.onmicrosoft.com',"
                + " 'Owner ' || n, now() from " + customers,
            "insert into subscriptions.subscription (id, customer_id, offer_id, offer_name, category, billing_type, friendly_name, quantity,"
                + " status, unit_type, created_at, version) select md5('bench-plan-' || n)::uuid, md5('bench-customer-' || n)::uuid,"
                + " 'DZH318Z0BPS6:0001', 'Azure plan', 'azure_plan', 'usage', 'Bench plan ' || n, 1, 'ACTIVE', 'Usage-based', now(), 1 from "
                + customers,
            "insert into subscriptions.role_assignment (id, subscription_id, customer_id, user_id, user_principal_name, role, created_at)"
                + " select md5('bench-owner-' || n)::uuid, md5('bench-plan-' || n)::uuid, md5('bench-customer-' || n)::uuid,"
                + " md5('bench-user-' || n)::uuid, 'owner@bench' || n || '.onmicrosoft.com', 'OWNER', now() from " + customers,
            "insert into permissions.self_serve_policy (id, customer_id, partner_tenant_id, permissions, created_at, created_by, updated_at, version)"
                + " select '" + BenchOptions.PARTNER_TENANT + "_' || md5('bench-customer-' || n)::uuid, md5('bench-customer-' || n)::uuid, '"
                + BenchOptions.PARTNER_TENANT + "', 'AzureReservedInstances', now(), 'adminagent@partner.cspdesk.dev', now(), 1"
                + " from generate_series(" + FIRST_PURCHASING + ", " + CUSTOMERS + ") n",
        };
        try (Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
