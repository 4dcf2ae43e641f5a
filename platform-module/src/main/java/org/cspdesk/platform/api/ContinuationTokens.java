package org.cspdesk.platform.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

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
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Opaque keyset-paging tokens. A token carries the sort key of the last item of a page, the query it
 * belongs to, and the request that asked for the page (its path under {@code /v1} and its parameters),
 * signed with HMAC-SHA256: a forged token, or one from another query, is a 400.
 *
 * <p>The request is there so that a client may continue with the token alone, as Partner Center's SDKs
 * seek the next page ({@code GET /v1/customers?seekOperation=Next} with {@code MS-ContinuationToken}, and
 * nothing else): {@code platform.web.ContinuationRequests} fills in the parameters such a request leaves
 * out from its token, before any resource reads them (ADR 0015).
 *
 * <p>The key lives in the database (created by the platform's first migration), so every instance
 * behind a load balancer accepts the tokens of every other one.
 */
@ApplicationScoped
public class ContinuationTokens {
    /**
     * The servlet request attribute holding the request a page answers, as a token records it: its path
     * under {@code /v1} and its parameters but the continuation ones, {@code customers?size=2&filter=...}
     * (set by {@code platform.web.ContinuationRequests}).
     */
    public static final String PAGED_REQUEST_ATTRIBUTE = "org.cspdesk.platform.pagedRequest";
    /** The first line of every token: tokens of an earlier layout are refused as not ours. */
    private static final String FORMAT = "page-2";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Resource(lookup = "java:app/jdbc/cspdesk")
    DataSource dataSource;

    @Inject
    HttpServletRequest http;

    private volatile byte[] key;

    /** What a verified token says: its query, the request of the page it was issued with, its position. */
    public record Opened(String query, String request, List<String> position) {
    }

    /** A token to continue {@code query} after the item whose sort key is {@code position}. */
    public String issue(String query, List<String> position) {
        Object request = http.getAttribute(PAGED_REQUEST_ATTRIBUTE);
        return issue(query, request == null ? "" : request.toString(), position);
    }

    String issue(String query, String request, List<String> position) {
        // Every line is encoded, the query too: a filter holding a line break must not split it.
        StringBuilder payload = new StringBuilder(line(FORMAT)).append('\n').append(line(query))
                .append('\n').append(line(request));
        for (String part : position) {
            payload.append('\n').append(line(part));
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

    /**
     * One page of a list held whole in memory (a catalog, a subscription's role assignments), in the order
     * of {@code key}, which must be unique and is what the token remembers.
     */
    public <E, T> CollectionPage<T> pageOfAll(String query, PageRequest page, List<E> all, Function<E, String> key,
                                              Function<E, T> view) {
        String after = page.isFirst() ? null : page.after().get(0);
        List<E> fetched = all.stream().sorted(Comparator.comparing(key))
                .filter(item -> after == null || key.apply(item).compareTo(after) > 0)
                .limit(page.size() + 1L).toList();
        return page(query, page, fetched, item -> List.of(key.apply(item)), view);
    }

    /** The position a token names, once its signature and query are checked; empty for no token. */
    public List<String> read(String token, String query) {
        if (token == null || token.isEmpty()) {
            return List.of();
        }
        Opened opened = open(token);
        if (!opened.query().equals(query)) {
            throw ApiProblem.badRequest("invalid_continuation_token",
                    "The continuation token belongs to another query; send the same filters as the first page.");
        }
        return opened.position();
    }

    /** What a token says, once its signature is checked; 400 {@code invalid_continuation_token} if it is not ours. */
    public Opened open(String token) {
        try {
            int dot = token.indexOf('.');
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(body))) {
                throw invalid();
            }
            String[] lines = new String(body, StandardCharsets.UTF_8).split("\n", -1);
            if (lines.length < 3 || !text(lines[0]).equals(FORMAT)) {
                throw invalid();
            }
            List<String> position = new ArrayList<>();
            for (int i = 3; i < lines.length; i++) {
                position.add(text(lines[i]));
            }
            return new Opened(text(lines[1]), text(lines[2]), position);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    private static String line(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String line) {
        return new String(DECODER.decode(line), StandardCharsets.UTF_8);
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
