package vn.taphuan.reporting.facts;

import org.junit.jupiter.api.Test;
import vn.taphuan.contracts.plan.v1.CoverageTarget;
import vn.taphuan.contracts.plan.v1.TargetLine;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's coverage target is measured as persons trained only when its population is of persons. */
class PlanFactLineTest {

    @Test
    void aCoverageOfPersonsIsKeptToBeMeasured() {
        assertThat(PlanFactStore.line(line(new CoverageTarget(200, 80, "2025-12-31", "cán bộ cấp xã", "PERSON")))
                .get("coverage")).isNotNull();
        assertThat(PlanFactStore.line(line(new CoverageTarget(200, 80, "2025-12-31", "cán bộ cấp xã")))
                .get("coverage")).isNotNull();
    }

    @Test
    void aShareOfHouseholdsIsNeverMeasuredAsPersons() {
        assertThat(PlanFactStore.line(line(new CoverageTarget(900, 100, "2025-12-31", "hộ nghèo", "HOUSEHOLD")))
                .get("coverage")).isNull();
    }

    private static TargetLine line(CoverageTarget coverage) {
        return new TargetLine("L1", "TRAINING_CLASS", "COMMUNITY", null, null, "…", 0, 0, coverage, null, null,
                null, null);
    }
}
