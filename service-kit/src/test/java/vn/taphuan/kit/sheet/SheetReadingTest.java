package vn.taphuan.kit.sheet;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.Busy;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.sheet.SheetReader.SheetRow;
import vn.taphuan.kit.testing.HeavyWorkbook;
import vn.taphuan.kit.testing.SampleWorkbooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SheetReadingTest {

    private static final SheetLimits LIMITS = new SheetLimits(256, 2_000, 48L << 20);
    private static final SheetReader READER = reader(LIMITS, 100, Duration.ZERO);

    @Test
    void aCsvWithQuotesNewlinesInCellsAndCrLfIsReadCellByCell() {
        String csv = "Họ và tên,Ghi chú\r\n\"Lê, Thị Hồng\",\"dòng 1\ndòng 2\"\r\n\"Tô \"\"Út\"\"\",\r\n";
        List<SheetRow> rows = read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
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
        assertThat(read("dm.csv", content).get(1).cells()).containsExactly("24", "Tỉnh Bắc Giang");
        assertRefused(() -> read("dm.csv", "Mã;Tên\n1;Bắc Giang".getBytes(StandardCharsets.UTF_16LE)),
                "không phải UTF-8", "not UTF-8");
    }

    @Test
    void aCsvKeepsExcelsRowNumbersOverBlankLinesAndStrayQuotes() {
        String csv = "DANH SÁCH\n\nHọ và tên;Ghi chú\nLò Văn \"Páo\";x\n;\n\"Hà Thị Mai\";\n";
        List<SheetRow> rows = read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 3, 4, 6);
        assertThat(rows.get(2).cells()).containsExactly("Lò Văn \"Páo\"", "x");
        assertThat(rows.get(3).cells()).containsExactly("Hà Thị Mai", "");
    }

    @Test
    void anXlsxKeepsNumbersAsWrittenAndRowNumbersAsExcelShowsThem() throws IOException {
        List<SheetRow> rows = read("a.xlsx", workbook(new XSSFWorkbook(),
                List.of("STT", "Họ và tên", "Năm sinh", "CCCD"), List.of(1, "Lường Văn Tuấn", 1985, 24185000001L)));
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells()).containsExactly("1", "Lường Văn Tuấn", "1985", "24185000001");
    }

    @Test
    void anXlsxIsReadFromItsFirstVisibleSheetWithDatesSharedStringsAndNoErrorValues() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet hidden = workbook.createSheet("Cũ");
            hidden.createRow(0).createCell(0).setCellValue("không đọc");
            workbook.setSheetHidden(0, true);
            Sheet sheet = workbook.createSheet("Điểm danh");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Ngày sinh");
            header.createCell(2).setCellValue("Ghi chú");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(4);
            row.createCell(0).setCellValue("Hà Thị Mai");
            row.createCell(1).setCellValue(LocalDate.parse("1990-05-12"));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(5).setCellValue(true);
            sheet.createRow(7).createCell(0).setCellValue("Hà Thị Mai");
            workbook.write(out);

            List<SheetRow> rows = read("a.xlsx", out.toByteArray());
            assertThat(rows).extracting(SheetRow::number).containsExactly(1, 5, 8);
            assertThat(rows.get(1).cells()).containsExactly("Hà Thị Mai", "1990-05-12", null, null, null, "TRUE");
        }
    }

    @Test
    void anXlsIsReadAsBefore() throws IOException {
        List<SheetRow> rows = read("a.xls", workbook(new HSSFWorkbook(),
                List.of("STT", "Họ và tên", "Năm sinh"), List.of(1, "Lường Văn Tuấn", 1985)));
        assertThat(rows.get(1).number()).isEqualTo(2);
        assertThat(rows.get(1).cells()).containsExactly("1", "Lường Văn Tuấn", "1985");
    }

    @Test
    void rowsBeyondTheLimitRefuseTheFileInEveryFormatNamingTheLimit() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Họ và tên"));
        for (int i = 1; i <= 1_200 + SheetReader.TITLE_ROWS; i++) {
            rows.add(List.of(i, "Học viên " + i));
        }
        StringBuilder csv = new StringBuilder();
        rows.forEach(row -> csv.append(row.get(0)).append(';').append(row.get(1)).append('\n'));
        for (byte[] content : List.of(workbook(new XSSFWorkbook(), rows), workbook(new HSSFWorkbook(), rows),
                csv.toString().getBytes(StandardCharsets.UTF_8))) {
            assertRefused(() -> READER.read("a", content, 1_200), "tệp có hơn 1.200 dòng; mỗi lần tải lên tối đa 1.200 dòng",
                    "the file has more than 1,200 rows; at most 1,200 rows per upload");
            assertThat(READER.read("a", content, 1_200 + 1).rows()).hasSize(1_200 + SheetReader.TITLE_ROWS + 1);
        }
    }

    @Test
    void aCellTooLongOrContentBeyondTheLastColumnRefusesTheFileNamingTheCell() throws IOException {
        String longNote = "x".repeat(2_001);
        assertRefused(() -> read("a.csv", ("Họ và tên;Ghi chú\nHà Thị Mai;" + longNote + "\n").getBytes(StandardCharsets.UTF_8)),
                "ô B2 dài hơn 2.000 ký tự", "cell B2 is longer than 2,000 characters");
        assertRefused(() -> read("a.xlsx", workbook(new XSSFWorkbook(), List.of("Họ và tên"), List.of("Hà Thị Mai", longNote))),
                "ô B2 dài hơn 2.000 ký tự", "cell B2 is longer than 2,000 characters");

        try (XSSFWorkbook wide = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = wide.createSheet().createRow(0);
            row.createCell(0).setCellValue("Họ và tên");
            row.createCell(300);
            wide.write(out);
            assertThat(read("a.xlsx", out.toByteArray()).get(0).cells()).containsExactly("Họ và tên");
            row.getCell(300).setCellValue("?");
            out.reset();
            wide.write(out);
            assertRefused(() -> read("a.xlsx", out.toByteArray()), "ô KO1 nằm ngoài 256 cột đầu",
                    "cell KO1 lies beyond the first 256 columns");
        }
        assertRefused(() -> read("a.csv", ";".repeat(600_000).getBytes(StandardCharsets.UTF_8)),
                "dòng 1 của tệp CSV dài bất thường", "line 1 of the CSV file is abnormally long");
    }

    @Test
    void whatAWorkbookUnpacksToIsCountedWhileReading() {
        HeavyWorkbook.Generated heavy = HeavyWorkbook.xlsx(5_000);
        assertThat(heavy.sheetXmlBytes()).isGreaterThan(1L << 20);
        SheetReader small = reader(new SheetLimits(256, 2_000, 1L << 20), 1, Duration.ZERO);
        assertRefused(() -> small.read("a.xlsx", heavy.content(), 10_000), "tệp khi giải nén lớn hơn 1 MB",
                "the file unpacks to more than 1 MB");
        assertThat(read("a.xlsx", heavy.content())).hasSize(5_001);
    }

    @Test
    void anEmptyOrDamagedFileIsRefusedInTheUsersWordsNeverTheLibrarys() throws IOException {
        assertRefused(() -> read("a.csv", new byte[0]), "tệp rỗng", "the file is empty");
        assertRefused(() -> read("a.xlsx", SampleWorkbooks.notAWorkbook()),
                "tệp không phải là bảng tính Excel hợp lệ", "not a valid Excel workbook");
        assertRefused(() -> read("a.xlsx", SampleWorkbooks.truncated()), "tệp Excel bị hỏng", "the Excel file is damaged");
        assertRefused(() -> read("a.xlsx", SampleWorkbooks.without(SampleWorkbooks.xlsx(), "xl/workbook.xml")),
                "tệp Excel bị hỏng", "the Excel file is damaged");
        byte[] xls = workbook(new HSSFWorkbook(), List.of("Họ và tên"), List.of("Hà Thị Mai"));
        assertRefused(() -> read("a.xls", Arrays.copyOf(xls, xls.length - 1_000)), "tệp Excel bị hỏng",
                "the Excel file is damaged");
    }

    @Test
    void anotherKindOfFileNamedAsASpreadsheetIsRefusedAsNoWorkbook() throws IOException {
        try (XWPFDocument letter = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            letter.createParagraph().createRun().setText("Công văn");
            letter.write(out);
            assertRefused(() -> read("danh-sach.xlsx", out.toByteArray()), "không phải là bảng tính Excel hợp lệ",
                    "not a valid Excel workbook");
        }
        assertRefused(() -> read("danh-sach.xls", "<html><table><tr><td>Hà Thị Mai</td></tr></table></html>"
                .getBytes(StandardCharsets.UTF_8)), "không phải là bảng tính Excel hợp lệ", "not a valid Excel workbook");
        byte[] biff2 = {0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00};
        assertRefused(() -> read("cu.xls", biff2), "định dạng quá cũ", "a format too old");
    }

    @Test
    void aZipBombIsRefusedAsSuch() {
        byte[] bomb = SampleWorkbooks.zipBomb();
        assertThat(bomb.length).isLessThan(200_000);
        assertRefused(() -> read("bom.xlsx", bomb), "nén bất thường", "compressed abnormally");
    }

    @Test
    void aFileProtectedByAPasswordIsRefusedAsSuch() {
        assertRefused(() -> read("a.xlsx", SampleWorkbooks.encryptedXlsx()), "đặt mật khẩu", "protected by a password");
        assertRefused(() -> read("a.xls", SampleWorkbooks.encryptedXls()), "đặt mật khẩu", "protected by a password");
    }

    @Test
    void whenAsManySheetsAreHeldAsAllowedOneMoreIsAskedToComeBackLater() {
        SheetReader reader = reader(LIMITS, 1, Duration.ofMillis(50));
        byte[] csv = "Họ và tên\nHà Thị Mai\n".getBytes(StandardCharsets.UTF_8);
        try (SheetUpload held = reader.read("a.csv", csv, 10)) {
            assertThat(held.rows()).hasSize(2);
            assertThatThrownBy(() -> reader.read("b.csv", csv, 10)).isInstanceOfSatisfying(Busy.class, busy -> {
                assertThat(busy.status()).isEqualTo(503);
                assertThat(busy.headers()).containsEntry("Retry-After", "30");
                assertThat(busy.violations()).singleElement().extracting(FieldViolation::field).isEqualTo("file");
            });
        }
        reader.read("b.csv", csv, 10).close();
        assertRefused(() -> reader.read("c.csv", new byte[0], 10), "tệp rỗng", "the file is empty");
        reader.read("b.csv", csv, 10).close();
    }

    private static SheetReader reader(SheetLimits limits, int places, Duration wait) {
        return new SheetReader(limits, Bulkhead.of("sheets", BulkheadConfig.custom().maxConcurrentCalls(places)
                .maxWaitDuration(wait).build()), Duration.ofSeconds(30));
    }

    private static List<SheetRow> read(String fileName, byte[] content) {
        try (SheetUpload upload = READER.read(fileName, content, 20_000)) {
            return upload.rows();
        }
    }

    private static void assertRefused(ThrowingCallable read, String vietnamese, String english) {
        assertThatThrownBy(read).isInstanceOfSatisfying(InvalidInput.class, refused ->
                assertThat(refused.violations()).singleElement().satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("file");
                    assertThat(violation.message()).contains(vietnamese);
                    assertThat(violation.messageEn()).contains(english);
                    for (String word : List.of(violation.message(), violation.messageEn())) {
                        assertThat(word).doesNotContain("org.", "Exception", "POI", "Zip", "xmlbeans", "ratio");
                    }
                }));
    }

    @SafeVarargs
    private static byte[] workbook(Workbook workbook, List<Object>... rows) {
        return SampleWorkbooks.of(workbook, List.of(rows));
    }

    private static byte[] workbook(Workbook workbook, List<List<Object>> rows) {
        return SampleWorkbooks.of(workbook, rows);
    }
}
