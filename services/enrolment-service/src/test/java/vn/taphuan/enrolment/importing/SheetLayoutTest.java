package vn.taphuan.enrolment.importing;

import org.junit.jupiter.api.Test;
import vn.taphuan.enrolment.participant.ParticipantForm;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.sheet.SheetReader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding the attendance sheet's columns, and what counts as present. */
class SheetLayoutTest {

    @Test
    void theHeaderIsFoundBelowTitleRowsWhateverItsSpellingAndUnknownColumnsAreIgnored() {
        List<SheetReader.SheetRow> rows = List.of(
                new SheetReader.SheetRow(1, List.of("UBND XÃ AN LẠC")),
                new SheetReader.SheetRow(2, List.of("DANH SÁCH HỌC VIÊN")),
                new SheetReader.SheetRow(3, List.of("TT", "HỌ TÊN", "GIOI TINH", "Ngày tháng năm sinh", "DÂN TỘC",
                        "Số CCCD/CMND", "Ký tên", "Buổi 2 (11/5)", "Buổi 1 (10/5)")),
                new SheetReader.SheetRow(4, List.of("1", "A", "Nam", "1980", "Kinh", "", "", "x", "")));
        SheetLayout layout = SheetLayout.of(rows, 2);
        assertThat(layout.headerRow()).isEqualTo(3);
        assertThat(layout.sessions()).containsEntry(1, 8).containsEntry(2, 7);
        ParticipantForm.Raw raw = layout.raw(rows.get(3));
        assertThat(raw.fullName()).isEqualTo("A");
        assertThat(raw.birthYear()).isEqualTo("1980");
        assertThat(layout.columnName(ParticipantForm.Field.UNIT)).as("absent column: the template's name").isEqualTo("Đơn vị");
        assertThat(layout.isData(new SheetReader.SheetRow(5, List.of("2", "", "")))).isFalse();
    }

    @Test
    void aSheetWithoutANameColumnIsRefusedWhole() {
        assertThatThrownBy(() -> SheetLayout.of(List.of(new SheetReader.SheetRow(1, List.of("Tên lớp", "Ngày"))), 2))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("file", new ImportRefusal.NoHeaderRow(15))));
    }

    @Test
    void presenceIsXOrATickAndAbsenceIsBlankOrVang() {
        assertThat(ImportService.presence("x")).isTrue();
        assertThat(ImportService.presence(" X ")).isTrue();
        assertThat(ImportService.presence("✓")).isTrue();
        assertThat(ImportService.presence("có mặt")).isTrue();
        assertThat(ImportService.presence("")).isFalse();
        assertThat(ImportService.presence(null)).isFalse();
        assertThat(ImportService.presence("vắng")).isFalse();
        assertThat(ImportService.presence("Vắng có phép")).isFalse();
        assertThat(ImportService.presence("?")).isNull();
    }
}
