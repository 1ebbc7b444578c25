package vn.taphuan.enrolment.importing;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.taphuan.enrolment.participant.ParticipantForm.Field;
import vn.taphuan.enrolment.trainingevent.Session;
import vn.taphuan.enrolment.trainingevent.SessionKind;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the attendance sheet template of an activity and the error report of an import, as XLSX. */
final class SheetWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int TEMPLATE_ROWS = 500;

    /**
     * The template: the headers the import reads, one "Buổi n" column per session (with its date and kind), lists
     * to pick gender and target group from, the ID column kept as text (so the leading zero stays), and a second
     * sheet explaining each column.
     */
    static byte[] template(TrainingEvent event) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Điểm danh");
            CellStyle header = headerStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<String> headers = new ArrayList<>();
            headers.add("STT");
            headers.addAll(SheetLayout.TEMPLATE_HEADERS.values());
            for (Session session : event.schedule().sessions()) {
                headers.add("Buổi " + session.number() + " (" + DAY.format(session.date()) + ", "
                        + (session.kind() == SessionKind.FIELD ? "thực tế/thực hành" : "lý thuyết") + ")");
            }
            Row row = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                row.createCell(c).setCellValue(headers.get(c));
                row.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, c == 1 ? 28 * 256 : 16 * 256);
            }
            int idColumn = columnOf(Field.NATIONAL_ID);
            sheet.setDefaultColumnStyle(idColumn, text);
            for (int r = 1; r <= TEMPLATE_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            DataValidationHelper validation = sheet.getDataValidationHelper();
            sheet.addValidationData(validation.createValidation(
                    validation.createExplicitListConstraint(new String[]{"Nam", "Nữ", "Khác"}),
                    new CellRangeAddressList(1, TEMPLATE_ROWS, columnOf(Field.GENDER), columnOf(Field.GENDER))));
            sheet.addValidationData(validation.createValidation(
                    validation.createExplicitListConstraint(new String[]{"Cán bộ", "Cộng đồng"}),
                    new CellRangeAddressList(1, TEMPLATE_ROWS, columnOf(Field.TARGET_GROUP), columnOf(Field.TARGET_GROUP))));
            sheet.addValidationData(validation.createValidation(
                    validation.createExplicitListConstraint(new String[]{"Tỉnh", "Huyện", "Xã", "Thôn", "Cộng đồng"}),
                    new CellRangeAddressList(1, TEMPLATE_ROWS, columnOf(Field.LEVEL), columnOf(Field.LEVEL))));
            sheet.createFreezePane(2, 1);

            Sheet help = workbook.createSheet("Hướng dẫn");
            String[][] lines = {
                    {"Hoạt động", event.schedule().title()},
                    {"Thời gian", DAY.format(event.schedule().startDate()) + " – " + DAY.format(event.schedule().endDate())},
                    {"Họ và tên", "Bắt buộc."},
                    {"Giới tính", "Bắt buộc: Nam, Nữ hoặc Khác."},
                    {"Năm sinh", "Bắt buộc: năm (1985) hoặc ngày sinh (12/05/1985)."},
                    {"Dân tộc", "Bắt buộc: tên dân tộc (Kinh, Tày, Mông, Dao…) hoặc mã 01–54."},
                    {"Chức vụ", "Không bắt buộc."},
                    {"Cấp", "Không bắt buộc: Tỉnh, Huyện, Xã, Thôn hoặc Cộng đồng. Để trống: theo đối tượng và đơn vị."},
                    {"Đơn vị", "Không bắt buộc: tên hoặc mã đơn vị hành chính. Để trống: đơn vị tổ chức lớp ("
                            + event.schedule().unitCode() + ")."},
                    {"CCCD", "Không bắt buộc nhưng nên có: số CCCD 12 chữ số (hoặc CMND 9 số). Chỉ dùng để nhận ra cùng một người; không lưu số."},
                    {"Đối tượng", "Không bắt buộc: Cán bộ hoặc Cộng đồng. Để trống: theo chỉ tiêu của lớp."},
                    {"Buổi 1, 2…", "Ghi x nếu có mặt, để trống nếu vắng."},
                    {"Nhập lại", "Có thể tải lên cùng một tệp nhiều lần: người đã ghi danh không bị tính hai lần."}};
            for (int r = 0; r < lines.length; r++) {
                Row line = help.createRow(r);
                line.createCell(0).setCellValue(lines[r][0]);
                line.createCell(1).setCellValue(lines[r][1]);
            }
            help.setColumnWidth(0, 16 * 256);
            help.setColumnWidth(1, 110 * 256);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rejected rows as they were uploaded, each with a first column giving its row number in the original and a
     * last column giving every reason ("Giới tính: … / gender: …"), so the officer fixes them and uploads this file.
     */
    static byte[] errorReport(ImportJob job) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Dòng lỗi");
            CellStyle header = headerStyle(workbook);
            CellStyle error = workbook.createCellStyle();
            Font red = workbook.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            error.setFont(red);
            error.setWrapText(true);
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Dòng gốc");
            for (int c = 0; c < job.headers().size(); c++) {
                head.createCell(c + 1).setCellValue(job.headers().get(c));
            }
            int errorColumn = job.headers().size() + 1;
            head.createCell(errorColumn).setCellValue("Lỗi (errors)");
            head.forEach(cell -> cell.setCellStyle(header));
            Map<Integer, List<ImportJob.RowError>> byRow = job.errors().stream()
                    .collect(Collectors.groupingBy(ImportJob.RowError::row));
            int r = 1;
            for (ImportJob.RejectedRow rejected : job.rejected()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rejected.row());
                for (int c = 0; c < rejected.cells().size(); c++) {
                    String value = rejected.cells().get(c);
                    if (value != null) {
                        row.createCell(c + 1).setCellValue(value);
                    }
                }
                String reasons = byRow.getOrDefault(rejected.row(), List.of()).stream()
                        .map(e -> e.column() + ": " + e.message() + " / " + e.messageEn())
                        .collect(Collectors.joining("\n"));
                row.createCell(errorColumn).setCellValue(reasons);
                row.getCell(errorColumn).setCellStyle(error);
            }
            sheet.setColumnWidth(errorColumn, 90 * 256);
            sheet.createFreezePane(1, 1);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int columnOf(Field field) {
        return new ArrayList<>(SheetLayout.TEMPLATE_HEADERS.keySet()).indexOf(field) + 1;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private SheetWriter() {
    }
}
