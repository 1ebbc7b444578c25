package vn.taphuan.testsupport.identity;

import java.util.List;

/**
 * Signed tokens for tests, one per role, from a development issuer started once per test JVM. Services under test
 * validate them against that issuer's key set (see {@code DevIdentityInitializer}).
 */
public final class TestTokens {

    private static DevTokenIssuer issuer;

    public static synchronized DevTokenIssuer issuer() {
        if (issuer == null) {
            issuer = DevTokenIssuer.start(0, null, List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "test-token-issuer-stop"));
        }
        return issuer;
    }

    public static String officer(String tenant) {
        return token("officer@" + tenant, tenant, "PROVINCE_OFFICER");
    }

    public static String viewer(String tenant) {
        return token("viewer@" + tenant, tenant, "PROVINCE_VIEWER");
    }

    public static String provinceAdmin(String tenant) {
        return token("admin@" + tenant, tenant, "PROVINCE_ADMIN");
    }

    public static String analyst() {
        return token("analyst@ministry", null, "MINISTRY_ANALYST");
    }

    /** An analyst of one ministry ({@code ministry} claim), who sees only the programmes it owns. */
    public static String ministryAnalyst(String ministry) {
        return issuer().mint(new DevUser("analyst@" + ministry, null, "analyst@" + ministry, null,
                List.of("MINISTRY_ANALYST"), ministry));
    }

    public static String platformAdmin() {
        return token("platform-admin", null, "PLATFORM_ADMIN");
    }

    /** A token for any user name, tenant (or null) and roles. */
    public static String token(String username, String tenant, String... roles) {
        return issuer().mint(new DevUser(username, null, username, tenant, List.of(roles)));
    }

    /** The value of an {@code Authorization} header carrying {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private TestTokens() {
    }
}
