package vn.taphuan.enrolment.support;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Attendance sheets as a commune officer makes them: a title row, the header, then one row per person. Cells are
 * text unless given as {@link Number} (Excel stores years and ID numbers typed in as numbers).
 */
public final class Sheets {

    public static final List<String> HEADER = List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ",
            "Đơn vị", "CCCD", "Buổi 1", "Buổi 2", "Buổi 3", "Buổi 4", "Ghi chú");

    private final List<List<Object>> rows = new ArrayList<>();

    public static Sheets withHeader(List<String> header) {
        Sheets sheets = new Sheets();
        sheets.rows.add(List.of("DANH SÁCH HỌC VIÊN LỚP TẬP HUẤN KỸ NĂNG GIÁM SÁT ĐẦU TƯ CỘNG ĐỒNG"));
        sheets.rows.add(new ArrayList<>(header));
        return sheets;
    }

    public Sheets row(Object... cells) {
        rows.add(List.of(cells));
        return this;
    }

    public int dataRows() {
        return rows.size() - 2;
    }

    /** Row number Excel shows for the n-th data row (from 1). */
    public static int excelRow(int n) {
        return n + 2;
    }

    public byte[] xlsx() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Danh sách");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csv(char separator) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(separator);
                }
                String value = row.get(c) == null ? "" : row.get(c).toString();
                out.append(value.contains(String.valueOf(separator)) || value.contains("\"")
                        ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
