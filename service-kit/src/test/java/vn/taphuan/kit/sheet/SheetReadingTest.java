package vn.taphuan.kit.sheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.InvalidInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReadingTest {

    @Test
    void aCsvWithQuotesNewlinesInCellsAndCrLfIsReadCellByCell() {
        String csv = "Họ và tên,Ghi chú\r\n\"Lê, Thị Hồng\",\"dòng 1\ndòng 2\"\r\n\"Tô \"\"Út\"\"\",\r\n";
        List<SheetReader.SheetRow> rows = SheetReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("Lê, Thị Hồng", "dòng 1\ndòng 2");
        assertThat(rows.get(2).cells()).containsExactly("Tô \"Út\"", "");
    }

    @Test
    void aSemicolonCsvWithAByteOrderMarkIsReadAndOtherEncodingsAreRefused() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Mã TP;Tỉnh Thành Phố\n24;Tỉnh Bắc Giang\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        assertThat(SheetReader.read("dm.csv", content).get(1).cells()).containsExactly("24", "Tỉnh Bắc Giang");
        assertThatThrownBy(() -> SheetReader.read("dm.csv", "Mã;Tên\n1;Bắc Giang".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void anXlsxKeepsNumbersAsWrittenAndRowNumbersAsExcelShowsThem() throws IOException {
        List<SheetReader.SheetRow> rows = SheetReader.read("a.xlsx", xlsx(
                List.of("STT", "Họ và tên", "Năm sinh", "CCCD"), List.of(1, "Lường Văn Tuấn", 1985, 24185000001L)));
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells()).containsExactly("1", "Lường Văn Tuấn", "1985", "24185000001");
    }

    @Test
    void anEmptyOrDamagedFileIsRefused() {
        assertThatThrownBy(() -> SheetReader.read("a.csv", new byte[0])).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> SheetReader.read("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class);
    }

    private static byte[] xlsx(List<Object> header, List<Object> values) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            List<List<Object>> rows = List.of(header, values);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
