package vn.taphuan.enrolment;

import org.junit.jupiter.api.Test;
import vn.taphuan.enrolment.enrolment.EnrolmentRefusal;
import vn.taphuan.enrolment.importing.ImportRefusal;
import vn.taphuan.enrolment.participant.ParticipantRefusal;
import vn.taphuan.enrolment.planline.PlanLineRefusal;
import vn.taphuan.enrolment.reference.UnitRefusal;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal;
import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.CatalogueCheck;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of enrolment renders in both languages, and no message is left without a reason. */
class RefusalCatalogueTest {

    @Test
    void everyReasonHasItsWordsInBothLanguagesAndEveryMessageItsReason() {
        assertThat(CatalogueCheck.problems(EnrolmentServiceApplication.class, TrainingEventRefusal.class,
                UnitRefusal.class, PlanLineRefusal.class, ParticipantRefusal.class, ImportRefusal.class,
                EnrolmentRefusal.class, vn.taphuan.enrolment.trainingevent.Shares.Shortfall.class)).isEmpty();
    }

    @Test
    void placesAreWrittenAsBareDigitsAndADissolvedUnitNamesItsSuccessorAsBefore() {
        Catalogue words = Catalogue.shared();
        assertThat(words.render(new TrainingEventRefusal.BeyondRosterPages(new Digits(2000), 2), Catalogue.Language.VI))
                .startsWith("không thể vượt quá 2000 khi đã có người ghi danh (danh sách học viên đã được chia thành 2 phần");
        assertThat(words.render(new UnitRefusal.UnitNotValidThenSucceededBy("Xã A", "X-A", LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 3), LocalDate.of(2000, 1, 1), new UnitRefusal.ValidTo(LocalDate.of(2025, 6, 30)),
                "X-B"), Catalogue.Language.EN)).isEqualTo("unit X-A is not valid from 01/08/2025 to 03/08/2025 "
                + "(valid 01/01/2000 – 30/06/2025); successor: X-B");
        assertThat(words.render(new TrainingEventRefusal.StatusForbids(TrainingEventRefusal.Action.CLOSE,
                vn.taphuan.enrolment.trainingevent.TrainingEventStatus.SCHEDULED), Catalogue.Language.VI))
                .isEqualTo("Không thể đóng: hoạt động đang ở trạng thái SCHEDULED");
    }
}
