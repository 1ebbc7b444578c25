package vn.taphuan.reporting;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.CatalogueCheck;
import vn.taphuan.reporting.admin.RebuildRefusal;
import vn.taphuan.reporting.periodreport.PeriodReportRefusal;
import vn.taphuan.reporting.scope.ScopeRefusal;
import vn.taphuan.reporting.views.ViewsRefusal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of reporting renders in both languages, and no message is left without a reason. */
class RefusalCatalogueTest {

    @Test
    void everyReasonHasItsWordsInBothLanguagesAndEveryMessageItsReason() {
        assertThat(CatalogueCheck.problems(ReportingServiceApplication.class, RebuildRefusal.class,
                ViewsRefusal.class, ScopeRefusal.class, PeriodReportRefusal.class,
                vn.taphuan.reporting.periodreport.ReminderWords.class)).isEmpty();
    }
}
