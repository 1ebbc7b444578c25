package vn.taphuan.testsupport.identity;

import com.fasterxml.jackson.annotation.JsonInclude;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * A user of the development token issuer. The password is kept only as a salted PBKDF2 hash.
 *
 * @param username     sign-in name, also the token's subject
 * @param passwordHash {@code salt:hash}, both Base64
 * @param name         display name
 * @param tenant       the province the user belongs to, or null for ministry and platform users
 * @param roles        role names, e.g. {@code PROVINCE_OFFICER}
 * @param ministry     for a ministry analyst, the ministry whose programmes it sees (e.g. {@code BNNMT}); null for
 *                     everyone else and for an analyst of the whole platform
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DevUser(String username, String passwordHash, String name, String tenant, List<String> roles,
                      String ministry) {

    public DevUser(String username, String passwordHash, String name, String tenant, List<String> roles) {
        this(username, passwordHash, name, tenant, roles, null);
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    public static DevUser withPassword(String username, String password, String name, String tenant,
                                       List<String> roles) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new DevUser(username, Base64.getEncoder().encodeToString(salt) + ":" + hash(password, salt), name,
                tenant, List.copyOf(roles), null);
    }

    /** This user as an analyst of one ministry. */
    public DevUser ofMinistry(String ministryCode) {
        return new DevUser(username, passwordHash, name, tenant, roles, ministryCode);
    }

    public boolean passwordMatches(String password) {
        if (passwordHash == null) {
            return false;
        }
        String[] parts = passwordHash.split(":");
        byte[] expected = Base64.getDecoder().decode(parts[1]);
        byte[] actual = Base64.getDecoder().decode(hash(password, Base64.getDecoder().decode(parts[0])));
        return MessageDigest.isEqual(expected, actual);
    }

    DevUser withoutSecret() {
        return new DevUser(username, null, name, tenant, roles, ministry);
    }

    private static String hash(String password, byte[] salt) {
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 10_000, 256)).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
