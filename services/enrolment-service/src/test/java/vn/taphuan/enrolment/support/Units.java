package vn.taphuan.enrolment.support;

import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;

import java.util.List;

/** Administrative units of Bắc Giang before the 2025 reorganisation, and one of Thanh Hóa. */
public final class Units {

    public static final String BAC_GIANG = "24";
    public static final String SON_DONG = "213";
    public static final String AN_LAC = "07360";
    public static final String DUONG_HUU = "07363";
    /** A commune that ceased to exist on 30/6/2023 in this test world; its successor is Dương Hưu. */
    public static final String MERGED = "07366";
    public static final String THANH_HOA_COMMUNE = "14800";

    public static List<AdministrativeUnitDefined> all() {
        return List.of(
                new AdministrativeUnitDefined(BAC_GIANG, "tỉnh Bắc Giang", "PROVINCE", null, "bac-giang", "1997-01-01", null, null, null),
                new AdministrativeUnitDefined(SON_DONG, "huyện Sơn Động", "DISTRICT", BAC_GIANG, "bac-giang", "1997-01-01", "2025-06-30", null, null),
                new AdministrativeUnitDefined(AN_LAC, "xã An Lạc", "COMMUNE", SON_DONG, null, "1997-01-01", null, null, "ESPECIALLY_DIFFICULT"),
                new AdministrativeUnitDefined(DUONG_HUU, "xã Dương Hưu", "COMMUNE", SON_DONG, "bac-giang", "1997-01-01", null, null, "ESPECIALLY_DIFFICULT"),
                new AdministrativeUnitDefined(MERGED, "xã Long Sơn", "COMMUNE", SON_DONG, "bac-giang", "1997-01-01", "2023-06-30", DUONG_HUU, null),
                new AdministrativeUnitDefined("38", "tỉnh Thanh Hóa", "PROVINCE", null, "thanh-hoa", "1997-01-01", null, null, null),
                new AdministrativeUnitDefined(THANH_HOA_COMMUNE, "xã Tam Chung", "COMMUNE", "38", "thanh-hoa", "1997-01-01", null, null, null));
    }

    private Units() {
    }
}
