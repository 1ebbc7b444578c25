package vn.taphuan.enrolment.participant;

import vn.taphuan.enrolment.Text;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hashes that recognise the same person across classes without keeping what identifies them. HMAC-SHA-256
 * with a secret from configuration: without the secret nobody (the ministry included) can test a guessed ID number
 * against a key, which a plain hash of a 12-digit number would allow in minutes.
 * <ul>
 *   <li>{@link #ofNationalId}: from the CCCD (12 digits) or old CMND (9 digits) number, the same in every province.</li>
 *   <li>{@link #ofNameBirthYearUnit}: the fallback when a sheet gives no ID number: the name (NFC, case and spacing
 *       ignored, diacritics kept), birth year and unit. Two namesakes born the same year in the same commune would
 *       share it, so a person known by ID is never merged with a fallback match that has another ID.</li>
 * </ul>
 */
public final class PersonKeys {

    private final SecretKeySpec key;
    /** A Mac per thread, initialised once: an import computes two keys per row. */
    private final ThreadLocal<Mac> macs;

    public PersonKeys(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the person-key secret must have at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** Key of a person by national ID number (digits only). */
    public String ofNationalId(String digits) {
        return hmac("national-id:" + digits);
    }

    /** Key of a person known only by name, birth year and unit. */
    public String ofNameBirthYearUnit(String fullName, int birthYear, String unitCode) {
        return hmac("name:" + Text.nameKey(fullName) + "|" + birthYear + "|" + unitCode);
    }

    private String hmac(String value) {
        // doFinal leaves the Mac reset, ready for the next value under the same key
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
