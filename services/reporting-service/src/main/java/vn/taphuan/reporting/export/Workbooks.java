package vn.taphuan.reporting.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import vn.taphuan.reporting.progress.VietnameseFormat;

/**
 * Writes report tables as an Excel workbook (numbers stay numbers, formatted {@code #,##0}, which a Vietnamese
 * Excel shows as {@code 6.889.000.000}) or as CSV for Excel: UTF-8 with a byte-order mark, semicolons between
 * fields (the list separator where the decimal mark is a comma), numbers written the Vietnamese way.
 */
final class Workbooks {

    /** Rows above a table's header: title, notes, a blank row. */
    static int headerRow(Table table) {
        return 1 + table.notes().size() + 1;
    }

    static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet());
                int r = 0;
                cell(sheet.createRow(r++), 0, table.title(), styles.title);
                for (String note : table.notes()) {
                    cell(sheet.createRow(r++), 0, note, null);
                }
                r++;
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    cell(header, c, table.columns().get(c).header(), styles.header);
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.columns().get(c).header().length() + 2)) * 256);
                }
                sheet.createFreezePane(0, r);
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        write(row, c, values.get(c), table.columns().get(c).type(), styles);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(table.columns().stream().map(c -> quote(c.header())).collect(Collectors.joining(";"))).append("\r\n");
        for (List<Object> values : table.rows()) {
            for (int c = 0; c < values.size(); c++) {
                if (c > 0) {
                    out.append(';');
                }
                out.append(quote(text(values.get(c), table.columns().get(c).type())));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value, Table.Type type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case COUNT, MONEY -> VietnameseFormat.number(((Number) value).longValue());
            case PERCENT -> VietnameseFormat.percent((BigDecimal) value);
            case DATE -> VietnameseFormat.date((LocalDate) value);
            case TEXT -> value.toString();
        };
    }

    private static String quote(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void write(Row row, int column, Object value, Table.Type type, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        switch (type) {
            case COUNT, MONEY -> {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.whole);
            }
            case PERCENT -> {
                cell.setCellValue(((BigDecimal) value).doubleValue());
                cell.setCellStyle(styles.percent);
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
            }
            case TEXT -> cell.setCellValue(value.toString());
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle whole;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }

    private Workbooks() {
    }
}
