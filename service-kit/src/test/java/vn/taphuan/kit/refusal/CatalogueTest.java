package vn.taphuan.kit.refusal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.taphuan.kit.refusal.Catalogue.Language.EN;
import static vn.taphuan.kit.refusal.Catalogue.Language.VI;

/** The words of a reason come from the catalogues, its arguments written as the pages write them. */
class CatalogueTest {

    enum Source implements Labelled {
        CENTRAL;

        @Override
        public String labelVi() {
            return "Ngân sách trung ương";
        }

        @Override
        public String labelEn() {
            return "Central budget";
        }
    }

    sealed interface Sample extends Reason {
    }

    record OverEstimate(Source source, Money estimate, long learners, LocalDate on, List<String> lines) implements Sample {
    }

    record StateOf(Reason inner) implements Sample {
    }

    record NotTranslated() implements Sample {
    }

    private final Catalogue catalogue = Catalogue.shared();

    @Test
    void aReasonsArgumentsAreFilledInByNameAndWrittenAsThePagesWriteThem() {
        Reason reason = new OverEstimate(Source.CENTRAL, Money.of(6_889_000_000L), 12_500,
                LocalDate.of(2025, 5, 11), List.of("L1", "L2"));

        assertThat(reason.code()).isEqualTo("over-estimate");
        assertThat(catalogue.render(reason, VI)).isEqualTo("Phân bổ vượt dự toán: nguồn Ngân sách trung ương có dự toán "
                + "6.889.000.000 đồng, 12.500 học viên, ngày 11/05/2025, chỉ tiêu L1, L2");
        assertThat(catalogue.render(reason, EN)).isEqualTo("Beyond the estimate: source Central budget has "
                + "6,889,000,000 VND, 12,500 learners, on 11/05/2025, lines L1, L2");
    }

    @Test
    void aReasonInsideAReasonIsWrittenByItsOwnMessage() {
        assertThat(catalogue.render(new StateOf(new Required()), VI)).isEqualTo("Không thể là bắt buộc lúc này");
        assertThat(catalogue.render(new InvalidFields(3), EN)).isEqualTo("3 field(s) are invalid");
    }

    @Test
    void aReasonWithoutAMessageInALanguageIsAFaultOfTheCatalogueNotAnEmptyAnswer() {
        assertThat(catalogue.render(new NotTranslated(), VI)).isEqualTo("Chỉ có tiếng Việt");
        assertThatThrownBy(() -> catalogue.render(new NotTranslated(), EN)).hasMessageContaining("not-translated");
    }

    @Test
    void theCheckFindsAMissingMessageAKeyInOneLanguageOnlyAndALeftover() {
        assertThat(CatalogueCheck.problems(CatalogueTest.class, Sample.class)).containsExactlyInAnyOrder(
                "no EN message for not-translated",
                "message not-translated is in Vietnamese only",
                "message leftover is used by no reason");
    }

    @Test
    void theKitsOwnReasonsAllHaveTheirWords() {
        assertThat(CatalogueCheck.problems(Reason.class, Required.class, InvalidFields.class,
                vn.taphuan.kit.problem.InputReason.class, vn.taphuan.kit.problem.ServiceReason.class,
                vn.taphuan.kit.sheet.SheetReason.class, vn.taphuan.kit.periodlock.PeriodLocked.class)).isEmpty();
    }

    @Test
    void aRefusalCarriesItsEnglishDetailForLogs() {
        Refused refused = Refused.invalid("title", new Required());
        assertThat(refused.getMessage()).isEqualTo("1 field(s) are invalid");
        assertThat(refused.problem()).isEqualTo("invalid-input");
        assertThat(refused.violations()).containsExactly(Violation.required("title"));
    }
}
