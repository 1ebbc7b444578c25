package vn.taphuan.reporting.scope;

import java.time.LocalDate;
import java.util.List;

/**
 * A province (tenant) as reports name it.
 *
 * @param disabledOn the day it stopped being used (e.g. merged), or null
 * @param inherits   provinces merged into it, whose history its figures include
 */
public record Province(String tenantId, String name, String provinceCode, LocalDate disabledOn,
                       List<ProvinceRef> inherits) {

    public record ProvinceRef(String tenantId, String name) {
    }
}
