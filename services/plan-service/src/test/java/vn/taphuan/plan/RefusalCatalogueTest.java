package vn.taphuan.plan;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.CatalogueCheck;
import vn.taphuan.plan.importing.ExtractionNote;
import vn.taphuan.plan.importing.ImportFinding;
import vn.taphuan.plan.importing.ImportRefusal;
import vn.taphuan.plan.plan.PlanRefusal;
import vn.taphuan.plan.programme.ProgrammeRefusal;
import vn.taphuan.plan.tenant.TenantRefusal;
import vn.taphuan.plan.unit.CatalogueRowProblem;
import vn.taphuan.plan.unit.UnitRefusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason of the service (its refusals, what a plan's import asks the officer to confirm, a catalogue row not
 * used) has its words in Vietnamese and English, and no message is left without a reason.
 */
class RefusalCatalogueTest {

    @Test
    void everyReasonRendersInBothLanguagesAndEveryMessageHasItsReason() {
        assertThat(CatalogueCheck.problems(PlanServiceApplication.class, ValueRefusal.class, PlanRefusal.class,
                ProgrammeRefusal.class, UnitRefusal.class, TenantRefusal.class, ImportRefusal.class,
                ImportFinding.class, ExtractionNote.class, CatalogueRowProblem.class)).isEmpty();
    }
}
