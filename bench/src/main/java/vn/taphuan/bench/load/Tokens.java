package vn.taphuan.bench.load;

import vn.taphuan.bench.nation.Province;
import vn.taphuan.testsupport.identity.DevTokenIssuer;
import vn.taphuan.testsupport.identity.DevUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed tokens of the people the benchmark acts as — each province's officer and viewer, the ministry's analyst,
 * the platform administrator — from the local stack's development issuer, minted again after an hour so a run of
 * many hours never holds an expired one.
 */
public final class Tokens {

    private static final Duration REFRESH = Duration.ofHours(1);

    private final DevTokenIssuer issuer;
    private final Map<String, Minted> minted = new ConcurrentHashMap<>();

    private record Minted(String token, Instant at) {
    }

    public Tokens(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    public String officer(Province province) {
        return token(province.login() + ".officer", "Cán bộ tỉnh " + province.name(), province.tenantId(),
                "PROVINCE_OFFICER");
    }

    public String viewer(Province province) {
        return token(province.login() + ".viewer", "Lãnh đạo tỉnh " + province.name(), province.tenantId(),
                "PROVINCE_VIEWER");
    }

    public String analyst() {
        return token("ubdt.analyst", "Chuyên viên Ủy ban Dân tộc", null, "MINISTRY_ANALYST");
    }

    public String platformAdmin() {
        return token("admin", "Quản trị nền tảng", null, "PLATFORM_ADMIN");
    }

    private String token(String username, String name, String tenant, String role) {
        Minted current = minted.compute(username, (user, existing) ->
                existing != null && existing.at().plus(REFRESH).isAfter(Instant.now()) ? existing
                        : new Minted(issuer.mint(new DevUser(username, null, name, tenant, List.of(role))), Instant.now()));
        return current.token();
    }
}
