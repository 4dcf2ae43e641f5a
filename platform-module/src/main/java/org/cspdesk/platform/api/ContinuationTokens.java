package org.cspdesk.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Opaque keyset-paging tokens. A token carries the sort key of the last item of a page and the query
 * it belongs to, signed with HMAC-SHA256: a forged token, or one from another query, is a 400.
 *
 * <p>The key lives in the database (created by the platform's first migration), so every instance
 * behind a load balancer accepts the tokens of every other one.
 */
@ApplicationScoped
public class ContinuationTokens {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    private volatile byte[] key;

    /** A token to continue {@code query} after the item whose sort key is {@code position}. */
    public String issue(String query, List<String> position) {
        // Every line is encoded, the query too: a filter holding a line break must not split it.
        StringBuilder payload = new StringBuilder(ENCODER.encodeToString(query.getBytes(StandardCharsets.UTF_8)));
        for (String part : position) {
            payload.append('\n').append(ENCODER.encodeToString(part.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
    }

    /**
     * Turns the rows fetched for a page (up to {@code page.size() + 1}: one more than fits tells that a
     * next page exists) into the page, with the token that continues after its last item.
     */
    public <E, T> CollectionPage<T> page(String query, PageRequest page, List<E> fetched,
                                         Function<E, List<String>> position, Function<E, T> view) {
        List<E> items = fetched.size() > page.size() ? fetched.subList(0, page.size()) : fetched;
        String next = fetched.size() > page.size() ? issue(query, position.apply(items.get(items.size() - 1))) : null;
        return CollectionPage.of(items.stream().map(view).toList(), next);
    }

    /** The position a token names, once its signature and query are checked; empty for no token. */
    public List<String> read(String token, String query) {
        if (token == null || token.isEmpty()) {
            return List.of();
        }
        try {
            int dot = token.indexOf('.');
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(body))) {
                throw invalid();
            }
            String[] lines = new String(body, StandardCharsets.UTF_8).split("\n", -1);
            if (!new String(DECODER.decode(lines[0]), StandardCharsets.UTF_8).equals(query)) {
                throw ApiProblem.badRequest("invalid_continuation_token",
                        "The continuation token belongs to another query; send the same filters as the first page.");
            }
            List<String> position = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                position.add(new String(DECODER.decode(lines[i]), StandardCharsets.UTF_8));
            }
            return position;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static ApiProblem invalid() {
        return ApiProblem.badRequest("invalid_continuation_token",
                "The continuation token is not one this service issued.");
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = loadKey();
            key = current;
        }
        return current;
    }

    private byte[] loadKey() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select secret from platform.signing_key where purpose = 'continuation_token'");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("platform.signing_key has no continuation_token key; migrations did not run");
            }
            return row.getString(1).getBytes(StandardCharsets.UTF_8);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the paging key", e);
        }
    }
}
