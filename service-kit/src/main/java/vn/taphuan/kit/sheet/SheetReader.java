package vn.taphuan.kit.sheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded sheet (an attendance sheet, a catalogue of units) into rows of text, whatever it came as: XLSX (or the older XLS) from Excel,
 * or CSV in UTF-8 with or without a byte-order mark, separated by commas, semicolons or tabs. Numbers come back as
 * written (1985, not 1985.0; an ID number in full, not 2.41E10), dates as ISO dates. Text is normalised to NFC
 * later, cell by cell, so sheets typed on macOS (NFD) read the same. Needs Apache POI ({@code poi-ooxml}) on the
 * class path of the service that uses it; the kit does not bring it to the services that read no sheets.
 */
public final class SheetReader {

    /** One row of the sheet as text, with the row number a person sees in Excel (from 1). */
    public record SheetRow(int number, List<String> cells) {

        public String cell(int column) {
            return column < 0 || column >= cells.size() ? null : cells.get(column);
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    public static List<SheetRow> read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput(FieldViolation.of("file", "tệp rỗng", "the file is empty"));
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 7 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF;
        if (zip || ole) {
            return readWorkbook(content);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InvalidInput(FieldViolation.of("file", "tệp Excel bị hỏng hoặc không đọc được",
                    "the Excel file is damaged or unreadable"));
        }
        return readCsv(content);
    }

    private static List<SheetRow> readWorkbook(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(firstVisibleSheet(workbook));
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput(FieldViolation.of("file", "không đọc được tệp Excel: " + e.getMessage(),
                    "cannot read the Excel file: " + e.getMessage()));
        }
    }

    private static int firstVisibleSheet(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return i;
            }
        }
        return 0;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
    }

    private static List<SheetRow> readCsv(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInput(FieldViolation.of("file",
                    "tệp CSV không phải UTF-8: hãy lưu lại bằng \"CSV UTF-8\" trong Excel",
                    "the CSV file is not UTF-8: save it again as \"CSV UTF-8\" in Excel"));
        }
        char separator = separatorOf(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SheetRow(number++, cells));
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetRow(number, cells));
        }
        return rows;
    }

    /**
     * The separator the top lines use most in one line: comma (Excel), semicolon (Excel with a comma decimal) or
     * tab. The header, not a title line above it, decides.
     */
    private static char separatorOf(String text) {
        String[] top = text.split("\n", 16);
        char best = ',';
        long most = 0;
        for (int line = 0; line < Math.min(top.length, 15); line++) {
            for (char candidate : new char[]{',', ';', '\t'}) {
                long count = top[line].chars().filter(ch -> ch == candidate).count();
                if (count > most) {
                    most = count;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private SheetReader() {
    }
}
