package vn.taphuan.enrolment.trainingevent;

import org.junit.jupiter.api.Test;
import vn.taphuan.enrolment.support.TrainingEventMother;

import static org.assertj.core.api.Assertions.assertThat;

class SharesTest {

    @Test
    void belowTheLinesMinimumIsAWarningInBothLanguages() {
        Shares shares = Shares.of(30, 11, 17, TrainingEventMother.dttsCommunityLine());
        assertThat(shares.womenPercent()).isEqualTo(36.7);
        assertThat(shares.ethnicMinorityPercent()).isEqualTo(56.7);
        assertThat(shares.warnings()).extracting(Shares.Warning::code)
                .containsExactly("women-share-below-minimum", "ethnic-minority-share-below-minimum");
        assertThat(shares.warnings().get(0).message()).isEqualTo("Tỷ lệ nữ 36.7% thấp hơn mức tối thiểu 40% của chỉ tiêu");
        assertThat(shares.warnings().get(0).messageEn()).isEqualTo("Share of women 36.7% is below the line's minimum of 40%");
    }

    @Test
    void exactlyTheMinimumIsEnoughAndAnEmptyClassWarnsOfNothing() {
        assertThat(Shares.of(10, 4, 6, TrainingEventMother.dttsCommunityLine()).warnings()).isEmpty();
        Shares empty = Shares.of(0, 0, 0, TrainingEventMother.dttsCommunityLine());
        assertThat(empty.warnings()).isEmpty();
        assertThat(empty.womenPercent()).isNull();
        assertThat(Shares.of(10, 0, 0, null).warnings()).as("a line without minimums").isEmpty();
    }
}
