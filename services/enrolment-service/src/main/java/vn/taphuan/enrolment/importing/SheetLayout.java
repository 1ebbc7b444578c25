package vn.taphuan.enrolment.importing;

import vn.taphuan.enrolment.Text;
import vn.taphuan.enrolment.participant.ParticipantForm;
import vn.taphuan.enrolment.participant.ParticipantForm.Field;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.taphuan.kit.sheet.SheetReader;

/**
 * Where things are in an attendance sheet. Commune officers' sheets start with a title or two ("DANH SÁCH HỌC
 * VIÊN…"), so the header is the first of the top rows that has a name column; columns are recognised by their
 * header whatever the case, accents or order ("Họ và tên", "HỌ TÊN", "Ho ten"), and sessions by "Buổi 1", "Buổi 2 (13/5)".
 * Columns it does not know (Ký tên, Ghi chú) are ignored.
 */
final class SheetLayout {

    /** The headers of the template, in its order; also what an error names when a column was left out. */
    static final Map<Field, String> TEMPLATE_HEADERS = new LinkedHashMap<>();

    static {
        TEMPLATE_HEADERS.put(Field.FULL_NAME, "Họ và tên");
        TEMPLATE_HEADERS.put(Field.GENDER, "Giới tính");
        TEMPLATE_HEADERS.put(Field.BIRTH_YEAR, "Năm sinh");
        TEMPLATE_HEADERS.put(Field.ETHNICITY, "Dân tộc");
        TEMPLATE_HEADERS.put(Field.JOB_TITLE, "Chức vụ");
        TEMPLATE_HEADERS.put(Field.LEVEL, "Cấp");
        TEMPLATE_HEADERS.put(Field.UNIT, "Đơn vị");
        TEMPLATE_HEADERS.put(Field.NATIONAL_ID, "CCCD");
        TEMPLATE_HEADERS.put(Field.TARGET_GROUP, "Đối tượng");
    }

    private static final Map<String, Field> SYNONYMS = Map.ofEntries(
            Map.entry("hovaten", Field.FULL_NAME), Map.entry("hoten", Field.FULL_NAME),
            Map.entry("hovatenhocvien", Field.FULL_NAME), Map.entry("hotenhocvien", Field.FULL_NAME),
            Map.entry("hovatendaibieu", Field.FULL_NAME), Map.entry("fullname", Field.FULL_NAME),
            Map.entry("gioitinh", Field.GENDER), Map.entry("gioi", Field.GENDER), Map.entry("gender", Field.GENDER),
            Map.entry("namsinh", Field.BIRTH_YEAR), Map.entry("ngaysinh", Field.BIRTH_YEAR),
            Map.entry("ngaythangnamsinh", Field.BIRTH_YEAR), Map.entry("birthyear", Field.BIRTH_YEAR),
            Map.entry("dantoc", Field.ETHNICITY), Map.entry("ethnicity", Field.ETHNICITY),
            Map.entry("chucvu", Field.JOB_TITLE), Map.entry("chucdanh", Field.JOB_TITLE),
            Map.entry("chucvuchucdanh", Field.JOB_TITLE), Map.entry("jobtitle", Field.JOB_TITLE),
            Map.entry("cap", Field.LEVEL), Map.entry("level", Field.LEVEL),
            Map.entry("donvi", Field.UNIT), Map.entry("donvicongtac", Field.UNIT), Map.entry("madonvi", Field.UNIT),
            Map.entry("unit", Field.UNIT), Map.entry("unitcode", Field.UNIT),
            Map.entry("cccd", Field.NATIONAL_ID), Map.entry("socccd", Field.NATIONAL_ID),
            Map.entry("cmnd", Field.NATIONAL_ID), Map.entry("socmnd", Field.NATIONAL_ID),
            Map.entry("cccdcmnd", Field.NATIONAL_ID), Map.entry("socccdcmnd", Field.NATIONAL_ID),
            Map.entry("sodinhdanh", Field.NATIONAL_ID), Map.entry("sodinhdanhcanhan", Field.NATIONAL_ID),
            Map.entry("cancuoccongdan", Field.NATIONAL_ID), Map.entry("nationalid", Field.NATIONAL_ID),
            Map.entry("doituong", Field.TARGET_GROUP), Map.entry("targetgroup", Field.TARGET_GROUP));
    private static final Pattern SESSION = Pattern.compile("^(?:buoi|session)\\s*(\\d{1,3})(?!\\d)");
    private static final int HEADER_SEARCH_ROWS = 15;

    private final int headerRow;
    private final List<String> headers;
    private final Map<Field, Integer> columns;
    /** Session number → column. */
    private final Map<Integer, Integer> sessions;
    /** The row-number column (STT), or -1. */
    private final int numberColumn;

    private SheetLayout(int headerRow, List<String> headers, Map<Field, Integer> columns, Map<Integer, Integer> sessions) {
        this.headerRow = headerRow;
        this.headers = headers;
        this.columns = columns;
        this.sessions = sessions;
        int stt = -1;
        for (int c = 0; c < headers.size(); c++) {
            if (Text.key(headers.get(c)).matches("stt|tt|sott")) {
                stt = c;
            }
        }
        this.numberColumn = stt;
    }

    /** Finds the header among the first rows; refuses a sheet without a name column or with unknown sessions. */
    static SheetLayout of(List<SheetReader.SheetRow> rows, int sessionCount) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            SheetReader.SheetRow row = rows.get(i);
            Map<Field, Integer> columns = new EnumMap<>(Field.class);
            Map<Integer, Integer> sessions = new LinkedHashMap<>();
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String header = Text.clean(row.cell(c));
                headers.add(header == null ? "" : header);
                String key = Text.key(header);
                Field field = SYNONYMS.get(key);
                Matcher session = SESSION.matcher(Text.fold(header));
                if (field != null) {
                    columns.putIfAbsent(field, c);
                } else if (session.find()) {
                    sessions.putIfAbsent(Integer.parseInt(session.group(1)), c);
                }
            }
            if (columns.containsKey(Field.FULL_NAME)) {
                List<Violation> violations = new ArrayList<>();
                sessions.keySet().stream().filter(n -> n < 1 || n > sessionCount).forEach(n -> violations.add(
                        Violation.of(headers.get(sessions.get(n)), new ImportRefusal.SessionNotInActivity(sessionCount, n))));
                if (!violations.isEmpty()) {
                    throw Refused.invalid(violations);
                }
                return new SheetLayout(row.number(), headers, columns, sessions);
            }
        }
        throw Refused.invalid("file", new ImportRefusal.NoHeaderRow(HEADER_SEARCH_ROWS));
    }

    int headerRow() {
        return headerRow;
    }

    List<String> headers() {
        return headers;
    }

    Map<Integer, Integer> sessions() {
        return sessions;
    }

    /** The header an error about {@code field} names: the sheet's own, or the template's if the column is absent. */
    String columnName(Field field) {
        Integer column = columns.get(field);
        return column == null || headers.get(column).isEmpty() ? TEMPLATE_HEADERS.get(field) : headers.get(column);
    }

    String sessionColumnName(int session) {
        return headers.get(sessions.get(session));
    }

    ParticipantForm.Raw raw(SheetReader.SheetRow row) {
        return new ParticipantForm.Raw(value(row, Field.FULL_NAME), value(row, Field.GENDER),
                value(row, Field.BIRTH_YEAR), value(row, Field.ETHNICITY), value(row, Field.JOB_TITLE),
                value(row, Field.LEVEL), value(row, Field.UNIT), value(row, Field.TARGET_GROUP),
                value(row, Field.NATIONAL_ID));
    }

    /** A data row is one with something besides its number (STT) in it. */
    boolean isData(SheetReader.SheetRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (c != numberColumn && Text.clean(row.cell(c)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The row as it may be kept for the error report: without its ID number, which is never stored in clear. The
     * officer fixes the original sheet (uploading it again is safe) or types the number back.
     */
    SheetReader.SheetRow withoutNationalId(SheetReader.SheetRow row) {
        Integer column = columns.get(Field.NATIONAL_ID);
        if (column == null || column >= row.cells().size() || row.cell(column) == null) {
            return row;
        }
        java.util.List<String> cells = new ArrayList<>(row.cells());
        cells.set(column, null);
        return new SheetReader.SheetRow(row.number(), cells);
    }

    private String value(SheetReader.SheetRow row, Field field) {
        Integer column = columns.get(field);
        return column == null ? null : row.cell(column);
    }
}
