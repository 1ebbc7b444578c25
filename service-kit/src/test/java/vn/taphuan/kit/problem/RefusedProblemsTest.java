package vn.taphuan.kit.problem;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.InvalidFields;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Required;
import vn.taphuan.kit.refusal.Violation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A domain's refusal is answered with the status of its kind and the words of the catalogues. */
class RefusedProblemsTest {


    @Test
    void eachKindHasItsStatusAndTitleAndEachFieldItsReasonInBothLanguages() {
        ProblemException invalid = RefusedProblems.problem(Refused.invalid(List.of(Violation.required("title"),
                Violation.required("programmeCode"))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("invalid-input");
        assertThat(invalid.titleVi()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(invalid.detailVi()).isEqualTo("Có 2 trường không hợp lệ");
        assertThat(invalid.detailEn()).isEqualTo("2 field(s) are invalid");
        assertThat(invalid.violations()).containsExactly(FieldViolation.of("title", "là bắt buộc", "is required"),
                FieldViolation.of("programmeCode", "là bắt buộc", "is required"));

        ProblemException rule = RefusedProblems.problem(Refused.rule("count", new InvalidFields(1)));
        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.code()).isEqualTo("invalid-fields");
        assertThat(rule.titleEn()).isEqualTo("Business rule violated");

        assertThat(RefusedProblems.problem(Refused.notFound(new Required())).status()).isEqualTo(404);
        ProblemException conflict = RefusedProblems.problem(Refused.conflict(new Required(), List.of()));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.titleVi()).isEqualTo("Trạng thái không cho phép");
    }

    @Test
    void aProblemWithItsOwnTitleInTheCatalogueIsToldByIt() {
        // title.over-estimate is in the test catalogue beside CatalogueTest's reasons
        ProblemException own = RefusedProblems.problem(new Refused(Refused.Kind.CONFLICT, "over-estimate",
                new Required(), List.of()));
        assertThat(own.titleVi()).isEqualTo("Vượt dự toán");
        assertThat(own.titleEn()).isEqualTo("Over the estimate");
    }
}
