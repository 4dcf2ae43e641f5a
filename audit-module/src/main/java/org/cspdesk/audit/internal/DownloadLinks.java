package org.cspdesk.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cspdesk.platform.api.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Short-lived signed links to the activity log's CSV, for a browser download, which cannot send a bearer token
 * (docs/adr/0020). The signature covers the normalised query, the expiry and the signer's UPN, so a link can be
 * neither widened (another window or filter), nor extended, nor passed off as someone else's.
 */
@ApplicationScoped
public class DownloadLinks {
    static final String SECONDS = "cspdesk.audit.download.seconds";
    static final int MIN_SECONDS = 10;
    static final int MAX_SECONDS = 3600;
    /** First line of the signed text: a later layout of the text cannot be confused with this one. */
    private static final String FORMAT = "audit-download-1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = SECONDS, defaultValue = "60")
    int seconds;

    @Inject
    DownloadLinkKey key;

    /**
     * The longest link made. The HTTP listener refuses a request whose line and headers pass 8 KiB (with an empty
     * 400), so a longer link could never be followed; an encoded filter of non-ASCII text grows nine-fold.
     */
    static final int MAX_HREF = 6000;

    private final Clock clock = Clock.systemUTC();

    /** A link made and when it stops working. */
    public record SignedLink(String href, Instant expiresAt) {
    }

    /** A bad lifetime or key stops the deployment here rather than failing each download. */
    void checkConfiguration(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new IllegalStateException(SECONDS + " must be " + MIN_SECONDS + " to " + MAX_SECONDS + "; it is "
                    + seconds + ".");
        }
        key.requireUsableConfiguration();
    }

    public SignedLink sign(DownloadQuery query, String userPrincipalName) {
        long expires = clock.instant().getEpochSecond() + seconds;
        StringBuilder href = new StringBuilder("/v1/auditrecords.csv?startDate=").append(encode(query.startDate()));
        if (query.endDate() != null) {
            href.append("&endDate=").append(encode(query.endDate()));
        }
        if (query.filter() != null) {
            href.append("&filter=").append(encode(query.filter()));
        }
        href.append("&expires=").append(expires).append("&by=").append(encode(userPrincipalName))
                .append("&signature=").append(signature(query, expires, userPrincipalName));
        if (href.length() > MAX_HREF) {
            throw ApiProblem.badRequest("download_link_too_long", "A link for this query would be " + href.length()
                    + " characters long, more than the " + MAX_HREF + " a request line may carry here: shorten the "
                    + "filter's value.");
        }
        return new SignedLink(href.toString(), Instant.ofEpochSecond(expires));
    }

    /**
     * The query of a link as sent, once its signature is checked (in constant time) and it has not expired; else
     * 403 {@code download_link_invalid} or {@code download_link_expired}. The parameters are compared exactly as
     * signed: any change to them, even one that means the same, is refused.
     */
    public DownloadQuery verify(String startDate, String endDate, String filter, String expires, String by,
                                String signature) {
        if (startDate == null || expires == null || by == null || signature == null) {
            throw invalid("It lacks startDate, expires, by or signature.");
        }
        long expiry;
        try {
            expiry = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw invalid("Its expiry is not a time.");
        }
        if (!Long.toString(expiry).equals(expires)) { // "+E" or "0E" parse to E: the text must be as signed
            throw invalid("Its expiry is not written as it was signed.");
        }
        DownloadQuery query = new DownloadQuery(startDate, emptyAsNull(endDate), emptyAsNull(filter));
        byte[] expected = signature(query, expiry, by).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw invalid("Its signature does not match its parameters: a link is used as it was made, unchanged.");
        }
        if (clock.instant().getEpochSecond() >= expiry) {
            throw ApiProblem.forbidden("download_link_expired", "This download link expired at "
                    + Instant.ofEpochSecond(expiry) + ". Ask for a new one: POST /v1/auditrecords/downloads.");
        }
        return query;
    }

    private String signature(DownloadQuery query, long expires, String userPrincipalName) {
        String signed = String.join("\n", FORMAT, query.startDate(), nullAsEmpty(query.endDate()),
                nullAsEmpty(query.filter()), Long.toString(expires), userPrincipalName);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static ApiProblem invalid(String why) {
        return ApiProblem.forbidden("download_link_invalid", "This download link is not valid. " + why
                + " Ask for a new one: POST /v1/auditrecords/downloads.");
    }

    /** Percent-encoding for a query value: a space is %20, not the form encoding's +. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String nullAsEmpty(String value) {
        return value == null ? "" : value;
    }
}
