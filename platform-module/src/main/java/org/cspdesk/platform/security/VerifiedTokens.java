package org.cspdesk.platform.security;

import org.cspdesk.platform.api.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens verified already, by the SHA-256 of the token, so that a token is verified once and not on every
 * request (signature checks were a third of a request's CPU). Bounded: past {@code capacity} the least recently
 * used entry goes; an entry is never served after its token's expiry. Only accepted tokens are kept; a refused
 * one is checked again each time (it may be accepted later, e.g. once its user is added).
 */
final class VerifiedTokens {
    private final int capacity;
    private final Map<String, Caller> callers;

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
        this.callers = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Caller> eldest) {
                return size() > VerifiedTokens.this.capacity;
            }
        };
    }

    static String key(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The caller verified for that token, if it still is valid at {@code now}. */
    synchronized Caller get(String key, Instant now) {
        Caller caller = callers.get(key);
        if (caller != null && !caller.expiresAt().isAfter(now)) {
            callers.remove(key);
            return null;
        }
        return caller;
    }

    synchronized void put(String key, Caller caller) {
        if (capacity > 0) {
            callers.put(key, caller);
        }
    }

    synchronized int size() {
        return callers.size();
    }
}
