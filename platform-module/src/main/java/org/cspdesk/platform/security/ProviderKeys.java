package org.cspdesk.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signing keys of OpenID Connect providers, found through each issuer's discovery document
 * ({@code /.well-known/openid-configuration}, its {@code jwks_uri}) and fetched by nimbus-jose-jwt's
 * {@link JWKSourceBuilder}: cached, refreshed ahead of expiry, refetched when a token names a key id the cache
 * does not hold (a rotation) but at most once per {@value #MIN_REFETCH_SECONDS} seconds, so that tokens with
 * made-up key ids cannot make us call the provider per request.
 *
 * <p>Both maps are bounded: customer tenants can be many, and an entry is only made for a tenant that is a
 * customer of the partner.
 */
final class ProviderKeys {
    static final int MIN_REFETCH_SECONDS = 30;
    private static final int MAX_PROVIDERS = 2_000;
    private static final int TIMEOUT_MILLIS = 3_000;
    private static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    private final DefaultResourceRetriever retriever =
            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_DOCUMENT_BYTES);
    private final Map<String, JWKSource<SecurityContext>> sourcesByIssuer = bounded();

    /** The keys of that issuer, discovering where they are on first use. */
    JWKSource<SecurityContext> of(String issuer) throws KeySourceException {
        synchronized (sourcesByIssuer) {
            JWKSource<SecurityContext> known = sourcesByIssuer.get(issuer);
            if (known != null) {
                return known;
            }
        }
        JWKSource<SecurityContext> discovered = JWKSourceBuilder.create(jwksUri(issuer), retriever)
                .cache(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .rateLimited(MIN_REFETCH_SECONDS * 1000L)
                .retrying(true)
                .build();
        synchronized (sourcesByIssuer) {
            return sourcesByIssuer.computeIfAbsent(issuer, key -> discovered);
        }
    }

    private URL jwksUri(String issuer) throws KeySourceException {
        String where = issuer.endsWith("/") ? issuer : issuer + "/";
        try {
            Resource document = retriever.retrieveResource(URI.create(where + ".well-known/openid-configuration").toURL());
            JsonObject metadata = Json.createReader(new StringReader(document.getContent())).readObject();
            if (!issuer.equals(text(metadata, "issuer"))) {
                throw new KeySourceException("the discovery document of " + issuer + " names another issuer");
            }
            String jwks = text(metadata, "jwks_uri");
            if (jwks == null) {
                throw new KeySourceException("the discovery document of " + issuer + " has no jwks_uri");
            }
            return URI.create(jwks).toURL();
        } catch (IOException | RuntimeException e) {
            throw new KeySourceException("cannot read the discovery document of " + issuer + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_PROVIDERS;
            }
        });
    }

}
