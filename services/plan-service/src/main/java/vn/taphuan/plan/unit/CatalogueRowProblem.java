package vn.taphuan.plan.unit;

import vn.taphuan.kit.refusal.Reason;

/**
 * Why a row of the statistics office's catalogue is not used (the rest still is). Row numbers and codes are text:
 * the report has always written them as they are, ungrouped, with their leading zeros.
 */
public sealed interface CatalogueRowProblem extends Reason {

    /** The catalogue names a province the map before 1 July 2025 does not have. */
    record NoProvinceCoded(String provinceCode) implements CatalogueRowProblem {
    }

    /** A new district code given two names: the first row's name is kept. */
    record DistrictCodeNamedOtherwise(String districtCode, String earlierName, String earlierRow)
            implements CatalogueRowProblem {
    }

    record CommuneCodeRepeated(String communeCode, String earlierRow) implements CatalogueRowProblem {
    }

    /** A code cell that is not up to {@code digits} digits. */
    record NotADigitCode(int digits, String value) implements CatalogueRowProblem {
    }

    /** The registry refused a unit the catalogue defines, for a field of it. */
    record UnitNotDefinedForField(String unitName, String unitCode, String field, Reason why)
            implements CatalogueRowProblem {
    }

    /** The registry refused a unit the catalogue defines, as a whole. */
    record UnitNotDefined(String unitName, String unitCode, Reason why) implements CatalogueRowProblem {
    }
}
