package vn.taphuan.localstack;

import vn.taphuan.testsupport.identity.DevUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo users of the local stack, one per role (listed in the README). Development only: every demo account
 * has the same password.
 */
final class DemoUsers {

    static final String PASSWORD = "taphuan-demo";

    static final DevUser PLATFORM_ADMIN = DevUser.withPassword("admin", PASSWORD, "Quản trị nền tảng", null,
            List.of("PLATFORM_ADMIN"));
    /** An analyst of the whole platform (no ministry claim): every programme. */
    static final DevUser ANALYST = DevUser.withPassword("ubdt.analyst", PASSWORD, "Chuyên viên Ủy ban Dân tộc", null,
            List.of("MINISTRY_ANALYST"));

    /** An analyst of the Ministry of Ethnic and Religious Affairs: the ethnic-minority programme of 2021–2025. */
    static final DevUser ETHNIC_AFFAIRS_ANALYST = DevUser.withPassword("bdttg.analyst", PASSWORD,
            "Chuyên viên Bộ Dân tộc và Tôn giáo", null, List.of("MINISTRY_ANALYST")).ofMinistry("BDTTG");
    /** An analyst of the Ministry of Agriculture and Environment: new rural development and the merged programme. */
    static final DevUser AGRICULTURE_ANALYST = DevUser.withPassword("bnnmt.analyst", PASSWORD,
            "Chuyên viên Bộ Nông nghiệp và Môi trường", null, List.of("MINISTRY_ANALYST")).ofMinistry("BNNMT");

    /** Users the issuer knows from its first start; province users are created when their province is onboarded. */
    static final List<DevUser> PLATFORM_USERS = List.of(PLATFORM_ADMIN, ANALYST, ETHNIC_AFFAIRS_ANALYST,
            AGRICULTURE_ANALYST);

    static DevUser provinceAdmin(String tenant, String login, String province) {
        return DevUser.withPassword(login + ".admin", PASSWORD, "Quản trị tỉnh " + province, tenant,
                List.of("PROVINCE_ADMIN"));
    }

    static DevUser officer(String tenant, String login, String province) {
        return DevUser.withPassword(login + ".officer", PASSWORD, "Cán bộ Ban Dân tộc tỉnh " + province, tenant,
                List.of("PROVINCE_OFFICER"));
    }

    static DevUser viewer(String tenant, String login, String province) {
        return DevUser.withPassword(login + ".viewer", PASSWORD, "Lãnh đạo tỉnh " + province + " (xem)", tenant,
                List.of("PROVINCE_VIEWER"));
    }

    static final List<DevUser> ALL;

    static {
        List<DevUser> all = new ArrayList<>(PLATFORM_USERS);
        all.add(provinceAdmin("bac-giang", "bacgiang", "Bắc Giang"));
        all.add(officer("bac-giang", "bacgiang", "Bắc Giang"));
        all.add(viewer("bac-giang", "bacgiang", "Bắc Giang"));
        ALL = List.copyOf(all);
    }

    private DemoUsers() {
    }
}
