package org.cspdesk.devtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Development tokens for CSP Desk, run by ./cspdesk with the JDK 17 source launcher (JDK classes only, so
 * {@code ./cspdesk token} works before anything is built). The integration tests and the benchmark sign their
 * tokens with {@link #sign} too, so there is one idea of what a CSP Desk token carries.
 *
 * <p>Creates the RS256 development key pair on first use: {@code dev-private.pem} (PKCS#8, mode 600) and
 * {@code dev-public.pem} (X.509 SubjectPublicKeyInfo, what {@code CSPDESK_DEV_PUBLIC_KEY} names),
 * then prints a signed JWT on the last line of standard output. Messages go to standard error.
 *
 * <pre>
 * java DevToken.java KEY_DIR ISSUER ROLE UPN TENANT MINUTES   prints a token
 * java DevToken.java --keys KEY_DIR                             only makes sure the key pair exists
 * </pre>
 * The arguments are checked by ./cspdesk (roles, default UPN and tenant); this program signs what it is given.
 */
public class DevToken {
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--keys")) {
            ensureKeyPair(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--signing-key")) {
            ensureSigningKey(Path.of(args[1]));
            return;
        }
        if (args.length != 6) {
            System.err.println("usage: java DevToken.java KEY_DIR ISSUER ROLE UPN TENANT MINUTES | --keys KEY_DIR | --signing-key FILE");
            System.exit(2);
        }
        Path keys = Path.of(args[0]);
        String issuer = args[1], role = args[2], upn = args[3], tenant = args[4];
        long minutes = Long.parseLong(args[5]);
        PrivateKey key = ensureKeyPair(keys);

        System.out.println(sign(key, issuer, role, upn, tenant, Instant.now().plusSeconds(minutes * 60)));
    }

    /** An RS256 JWT with the claims CSP Desk reads: {@code upn}, {@code groups} (the role) and {@code tid}. */
    public static String sign(PrivateKey key, String issuer, String role, String upn, String tenant, Instant expiry) {
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":" + jsonString(issuer) + ",\"sub\":" + jsonString(upn)
                + ",\"upn\":" + jsonString(upn) + ",\"groups\":[" + jsonString(role) + "],\"tid\":"
                + jsonString(tenant) + ",\"iat\":" + now + ",\"exp\":" + expiry.getEpochSecond()
                + ",\"jti\":" + jsonString(UUID.randomUUID().toString()) + "}";
        return signPayload(key, payload);
    }

    /** An RS256 JWT of exactly this payload (JSON): the tests use it for tokens {@link #sign} would never make. */
    public static String signPayload(PrivateKey key, String payload) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token with this key", e);
        }
    }

    /** Reads a PKCS#8 PEM private key, such as {@code dev-private.pem}. */
    public static PrivateKey readPrivateKey(Path pem) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                .decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", ""))));
    }

    /** The private key; creates the pair when missing, and the public PEM again when only it is missing. */
    private static PrivateKey ensureKeyPair(Path keys) throws Exception {
        Path privatePem = keys.resolve("dev-private.pem");
        Path publicPem = keys.resolve("dev-public.pem");
        if (!Files.exists(privatePem)) {
            Files.createDirectories(keys);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            write(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            System.err.println("Created the development key pair in " + keys.toAbsolutePath());
            return pair.getPrivate();
        }
        PrivateKey key = readPrivateKey(privatePem);
        if (!Files.exists(publicPem)) {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
            PublicKey pub = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            write(publicPem, pem("PUBLIC KEY", pub.getEncoded()), false);
            System.err.println("Wrote the missing development public key " + publicPem.toAbsolutePath());
        }
        return key;
    }

    /**
     * CSP Desk's own signing key for the dashboard's sign-in tokens (CSPDESK_SIGNING_KEY), created when missing:
     * another key than the development pair, which must never sign a production sign-in.
     */
    private static void ensureSigningKey(Path file) throws Exception {
        if (Files.exists(file)) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        write(file, pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded()), true);
        System.err.println("Created CSP Desk's signing key " + file.toAbsolutePath());
    }

    /** Writes a temporary file (mode 600 for a secret) and moves it in place, so no one sees half a key. */
    private static void write(Path target, String content, boolean secret) throws Exception {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, content);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** A JSON string literal of {@code value}: quotes, backslashes and control characters escaped. */
    public static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
