import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Development tokens for CSP Desk: creates the RS256 key pair on first use and prints a signed JWT.
 * Run by ./cspdesk token with the JDK's source launcher; uses the JDK only.
 *
 * Usage: java DevToken.java KEY_DIR ISSUER ROLE UPN TENANT MINUTES
 */
public class DevToken {
    public static void main(String[] args) throws Exception {
        Path keys = Path.of(args[0]);
        String issuer = args[1], role = args[2], upn = args[3], tenant = args[4];
        long minutes = Long.parseLong(args[5]);
        Path privatePem = keys.resolve("dev-private.pem");
        if (!Files.exists(privatePem)) {
            createKeyPair(keys, privatePem);
        }
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getMimeDecoder().decode(Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", ""))));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + upn + "\",\"upn\":\"" + upn
                + "\",\"groups\":[\"" + role + "\"],\"tid\":\"" + tenant + "\",\"iat\":" + now
                + ",\"exp\":" + (now + minutes * 60) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        System.out.println(input + "." + b64.encodeToString(signature.sign()));
    }

    private static void createKeyPair(Path keys, Path privatePem) throws Exception {
        Files.createDirectories(keys);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: nothing to tighten
        }
        Files.writeString(keys.resolve("dev-public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.err.println("Created the development key pair in " + keys);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
