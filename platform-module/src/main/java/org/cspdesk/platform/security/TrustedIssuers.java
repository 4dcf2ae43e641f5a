package org.cspdesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cspdesk.platform.api.PartnerIdentity;
import org.cspdesk.platform.api.SignInTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The issuers whose tokens the API accepts, from configuration (README, Configuration):
 * <ul>
 *   <li>the development issuer ({@code CSPDESK_DEV_ISSUER}, {@code ./cspdesk token}'s), when its public key is
 *   given ({@code CSPDESK_DEV_PUBLIC_KEY});</li>
 *   <li>CSP Desk's own sign-in ({@code CSPDESK_SIGNIN_ISSUER}), when it has a signing key;</li>
 *   <li>the partner's tenant ({@code CSPDESK_OIDC_PARTNER_ISSUER}): partner staff and the partner's back ends;</li>
 *   <li>customers' tenants ({@code CSPDESK_OIDC_CUSTOMER_ISSUER}, an issuer with {@code {tenantid}} where each
 *   tenant's id stands, as Entra ID's multi-tenant issuers are): a tenant only when it is a customer.</li>
 * </ul>
 * The development issuer beside a real provider is refused at start unless {@code
 * CSPDESK_ALLOW_DEV_TOKENS_WITH_OIDC=true} says so: anyone holding the development key could act as anyone.
 */
@ApplicationScoped
public class TrustedIssuers {
    private static final Logger LOG = Logger.getLogger(TrustedIssuers.class.getName());
    static final String TENANT_PLACEHOLDER = "{tenantid}";

    /** What kind of issuer signed a token, which says how its claims are read. */
    enum Kind {
        DEVELOPMENT, SIGN_IN, PARTNER, CUSTOMER;

        /** CSP Desk's own tokens carry CSP Desk roles in {@code groups}; providers' tokens are mapped. */
        boolean isOwn() {
            return this == DEVELOPMENT || this == SIGN_IN;
        }
    }

    /** A trusted issuer: its kind, its exact name, and the tenant its users belong to (null for our own). */
    record Issuer(Kind kind, String name, String tenantId) {
    }

    @Inject
    PartnerIdentity partner;

    @Inject
    SignInTokens signInTokens;

    @Inject
    @ConfigProperty(name = "CSPDESK_DEV_ISSUER", defaultValue = "cspdesk-dev")
    String developmentIssuer;

    @Inject
    @ConfigProperty(name = "CSPDESK_DEV_PUBLIC_KEY")
    Optional<String> developmentPublicKey;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_PARTNER_ISSUER")
    Optional<String> partnerIssuer;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_CUSTOMER_ISSUER")
    Optional<String> customerIssuer;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_AUDIENCE")
    Optional<String> audience;

    @Inject
    @ConfigProperty(name = "CSPDESK_OIDC_CLIENT_ID")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "CSPDESK_ALLOW_DEV_TOKENS_WITH_OIDC", defaultValue = "false")
    boolean developmentBesideProvider;

    @Inject
    @ConfigProperty(name = "CSPDESK_DEV_SIGNIN_KEY")
    Optional<String> developmentSignInKey;

    private volatile RSAPublicKey developmentKey;
    private Pattern customerIssuerPattern;

    /** Checks the configuration when the application starts: a refused combination fails the deployment. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        boolean provider = present(partnerIssuer) || present(customerIssuer);
        boolean development = present(developmentPublicKey) || present(developmentSignInKey);
        if (provider && development && !developmentBesideProvider) {
            throw new IllegalStateException("Refusing to start: the development key (CSPDESK_DEV_PUBLIC_KEY or "
                    + "CSPDESK_DEV_SIGNIN_KEY) is configured beside a real identity provider (CSPDESK_OIDC_PARTNER_ISSUER"
                    + " or CSPDESK_OIDC_CUSTOMER_ISSUER). Anyone holding the development key could sign in as anyone. "
                    + "Unset the development key, or set CSPDESK_ALLOW_DEV_TOKENS_WITH_OIDC=true for a test setup.");
        }
        if (provider && audiences().isEmpty()) {
            throw new IllegalStateException("CSPDESK_OIDC_AUDIENCE (or CSPDESK_OIDC_CLIENT_ID) must name the audience "
                    + "the provider's access tokens carry for CSP Desk: tokens meant for other applications are refused.");
        }
        if (present(customerIssuer) && !customerIssuer.get().contains(TENANT_PLACEHOLDER)) {
            throw new IllegalStateException("CSPDESK_OIDC_CUSTOMER_ISSUER must contain " + TENANT_PLACEHOLDER
                    + " where a customer's tenant id stands, e.g. https://login.microsoftonline.com/{tenantid}/v2.0");
        }
        if (present(developmentPublicKey)) {
            developmentKey();
        }
        if (signInTokens.configured()) {
            signInTokens.publicKey();
        }
        if (provider && development) {
            LOG.warning("Development tokens are accepted beside the identity provider "
                    + "(CSPDESK_ALLOW_DEV_TOKENS_WITH_OIDC=true): for tests only.");
        }
    }

    /** The trusted issuer of that name, if it is one. */
    Optional<Issuer> find(String name) {
        if (present(developmentPublicKey) && developmentIssuer.equals(name)) {
            return Optional.of(new Issuer(Kind.DEVELOPMENT, name, null));
        }
        if (signInTokens.configured() && signInTokens.issuer().equals(name)) {
            return Optional.of(new Issuer(Kind.SIGN_IN, name, null));
        }
        if (partnerIssuer.filter(name::equals).isPresent()) {
            return Optional.of(new Issuer(Kind.PARTNER, name, partner.tenantId()));
        }
        Pattern customers = customerIssuerPattern();
        if (customers != null) {
            Matcher matcher = customers.matcher(name);
            if (matcher.matches() && !matcher.group(1).equalsIgnoreCase(partner.tenantId())) {
                // Named as the provider names it (tenant ids in lower case), however the token spells it: its keys
                // are that issuer's, discovered once, and the token must name it exactly. Each spelling its own
                // issuer made every request with a new one ask the provider for a discovery document.
                String tenant = matcher.group(1).toLowerCase(Locale.ROOT);
                return Optional.of(new Issuer(Kind.CUSTOMER,
                        customerIssuer.orElseThrow().strip().replace(TENANT_PLACEHOLDER, tenant), tenant));
            }
        }
        return Optional.empty();
    }

    /** The audiences a provider's access token must name one of. */
    Set<String> audiences() {
        String configured = audience.filter(TrustedIssuers::present).or(() -> clientId).orElse("");
        return Arrays.stream(configured.split(",")).map(String::strip).filter(value -> !value.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    RSAPublicKey developmentKey() {
        RSAPublicKey key = developmentKey;
        if (key == null) {
            key = readPublicKey(developmentPublicKey.orElseThrow().strip());
            developmentKey = key;
        }
        return key;
    }

    RSAPublicKey signInKey() {
        return signInTokens.publicKey();
    }

    private synchronized Pattern customerIssuerPattern() {
        if (customerIssuerPattern == null && present(customerIssuer)) {
            String template = customerIssuer.get().strip();
            int at = template.indexOf(TENANT_PLACEHOLDER);
            customerIssuerPattern = Pattern.compile(Pattern.quote(template.substring(0, at))
                    + "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                    + Pattern.quote(template.substring(at + TENANT_PLACEHOLDER.length())));
        }
        return customerIssuerPattern;
    }

    /** Reads a public key as X.509 SubjectPublicKeyInfo PEM; a file path or a file: URL. */
    private static RSAPublicKey readPublicKey(String location) {
        Path file = location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
        try {
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(file).replaceAll("-----[A-Z ]+-----", ""));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("CSPDESK_DEV_PUBLIC_KEY: cannot read an RSA public key (PEM) from "
                    + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static boolean present(Optional<String> value) {
        return value.filter(TrustedIssuers::present).isPresent();
    }

    private static boolean present(String value) {
        return !value.isBlank();
    }
}
