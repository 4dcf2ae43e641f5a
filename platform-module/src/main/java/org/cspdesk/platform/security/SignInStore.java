package org.cspdesk.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.cspdesk.platform.api.Caller;
import org.cspdesk.platform.api.OperatorType;
import org.cspdesk.platform.api.SignInSessions;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sign-in's rows (platform.signin_attempt, signin_session, used_refresh_token): every decision is one
 * statement, so two instances (or two tabs) racing on one refresh token get one winner from the database. Only
 * SHA-256 hashes of states and refresh tokens are stored: a copy of the table signs nobody in.
 */
@ApplicationScoped
public class SignInStore implements SignInSessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    /** A login under way, as the callback finds it. */
    record Attempt(String issuer, String nonce, String codeVerifier, String returnPath) {
    }

    /** A session and the refresh token that now stands for it. */
    record Rotated(UUID sessionId, Caller caller, String refreshToken) {
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void begin(String state, Attempt attempt, Duration lifetime) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                // Logins never finished (the reader left at the provider) go with the next one that starts.
                "with abandoned as (delete from platform.signin_attempt where expires_at <= now())"
                        + " insert into platform.signin_attempt (state_hash, issuer, nonce, code_verifier, return_path,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, hash(state));
            s.setString(2, attempt.issuer());
            s.setString(3, attempt.nonce());
            s.setString(4, attempt.codeVerifier());
            s.setString(5, attempt.returnPath());
            s.setTimestamp(6, Timestamp.from(Instant.now().plus(lifetime)));
            s.executeUpdate();
        }
    }

    /** The login of that state, once: a second callback with it finds nothing. */
    Optional<Attempt> finish(String state) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "delete from platform.signin_attempt where state_hash = ? and expires_at > now()"
                        + " returning issuer, nonce, code_verifier, return_path")) {
            s.setString(1, hash(state));
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new Attempt(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4))) : Optional.empty();
            }
        }
    }

    /** A new session for that caller; its first refresh token. */
    Rotated open(String issuer, Caller caller, Duration idle, Duration absolute) throws SQLException {
        UUID id = UUID.randomUUID();
        String refresh = random();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            sweepEndedSessions(c);
            insertSession(c, id, refresh, issuer, caller, now, idle, absolute);
        }
        return new Rotated(id, caller, refresh);
    }

    /**
     * Sessions a day past their end go, with their rotated refresh tokens, a batch with each new sign-in: past its
     * end a session refreshes nothing, so a reused token of it has nothing left to revoke.
     */
    private static void sweepEndedSessions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "with ended as (select id from platform.signin_session"
                        + " where absolute_expires_at < now() - interval '1 day' limit 1000),"
                        + " tokens as (delete from platform.used_refresh_token where session_id in (select id from ended))"
                        + " delete from platform.signin_session where id in (select id from ended)")) {
            s.executeUpdate();
        }
    }

    private static void insertSession(Connection c, UUID id, String refresh, String issuer, Caller caller, Instant now,
                                      Duration idle, Duration absolute) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into platform.signin_session (id, refresh_hash, issuer, user_principal_name, object_id, roles,"
                        + " operator_type, tenant_id, application_id, created_at, last_used_at, idle_expires_at,"
                        + " absolute_expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, hash(refresh));
            s.setString(3, issuer);
            s.setString(4, caller.userPrincipalName());
            s.setString(5, caller.objectId());
            s.setArray(6, c.createArrayOf("text", caller.roles().toArray()));
            s.setString(7, caller.operatorType().wire());
            s.setString(8, caller.tenantId());
            s.setString(9, caller.applicationId());
            s.setTimestamp(10, Timestamp.from(now));
            s.setTimestamp(11, Timestamp.from(now));
            s.setTimestamp(12, Timestamp.from(now.plus(idle)));
            s.setTimestamp(13, Timestamp.from(now.plus(absolute)));
            s.executeUpdate();
        }
    }

    /**
     * Trades a refresh token for the next one, in one UPDATE: of two racing uses, one wins. A token rotated
     * already revokes its session. Empty when the token opens no live session.
     */
    Optional<Rotated> rotate(String refreshToken, Duration idle) throws SQLException {
        String old = hash(refreshToken);
        String next = random();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "with rotated as (update platform.signin_session set refresh_hash = ?, last_used_at = now(),"
                            + " idle_expires_at = least(now() + ?::interval, absolute_expires_at)"
                            + " where refresh_hash = ? and revoked_at is null and idle_expires_at > now()"
                            + " and absolute_expires_at > now()"
                            + " returning id, user_principal_name, object_id, roles, operator_type, tenant_id,"
                            + " application_id, absolute_expires_at),"
                            + " kept as (insert into platform.used_refresh_token (refresh_hash, session_id, used_at)"
                            + " select ?, id, now() from rotated)"
                            + " select * from rotated")) {
                s.setString(1, hash(next));
                s.setString(2, idle.toSeconds() + " seconds");
                s.setString(3, old);
                s.setString(4, old);
                try (ResultSet row = s.executeQuery()) {
                    if (row.next()) {
                        return Optional.of(new Rotated((UUID) row.getObject(1), caller(row), next));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "update platform.signin_session set revoked_at = now(), revoked_reason = 'refresh_token_reused'"
                            + " where revoked_at is null and id = (select session_id from platform.used_refresh_token"
                            + " where refresh_hash = ?)")) {
                s.setString(1, old);
                s.executeUpdate();
            }
        }
        return Optional.empty();
    }

    /** Ends the session of that refresh token, if it has one (Sign out). */
    void revoke(String refreshToken, String reason) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update platform.signin_session set revoked_at = now(), revoked_reason = ?"
                        + " where refresh_hash = ? and revoked_at is null")) {
            s.setString(1, reason);
            s.setString(2, hash(refreshToken));
            s.executeUpdate();
        }
    }

    @Override
    public boolean isActive(String sessionId) {
        UUID id;
        try {
            id = UUID.fromString(sessionId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select 1 from platform.signin_session where id = ? and revoked_at is null"
                        + " and idle_expires_at > now() and absolute_expires_at > now()")) {
            s.setObject(1, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-in session", e);
        }
    }

    private static Caller caller(ResultSet row) throws SQLException {
        Array roles = row.getArray(4);
        OperatorType type = "customer".equals(row.getString(5)) ? OperatorType.CUSTOMER : OperatorType.PARTNER;
        return new Caller(row.getString(2), row.getString(3), Set.of((String[]) roles.getArray()), type,
                row.getString(6), row.getString(7), null, row.getTimestamp(8).toInstant());
    }
}
