package vn.taphuan.kit.sheet;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.util.Locale;

/**
 * What is wrong with an uploaded sheet, in the officer's words and the integrator's, always about the field
 * {@code file}. Never the reading library's message: that names classes and settings no user can act on.
 */
public final class SheetProblems {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** The file has more rows than one upload may: the whole file is refused, before it is read to the end. */
    public static InvalidInput tooManyRows(int limit) {
        return refuse("tệp có hơn " + vi(limit) + " dòng; mỗi lần tải lên tối đa " + vi(limit)
                        + " dòng: hãy chia thành nhiều tệp",
                "the file has more than " + en(limit) + " rows; at most " + en(limit)
                        + " rows per upload: split it into several files");
    }

    static InvalidInput empty() {
        return refuse("tệp rỗng", "the file is empty");
    }

    static InvalidInput notAWorkbook() {
        return refuse("tệp không phải là bảng tính Excel hợp lệ (.xlsx, .xls) hay tệp CSV; hãy mở bằng Excel và lưu "
                        + "lại dạng .xlsx",
                "the file is not a valid Excel workbook (.xlsx, .xls) or CSV file; open it in Excel and save it as .xlsx");
    }

    static InvalidInput damaged() {
        return refuse("tệp Excel bị hỏng, không đọc được; hãy mở bằng Excel, lưu lại rồi tải lên lại",
                "the Excel file is damaged and cannot be read; open it in Excel, save it again and upload it again");
    }

    static InvalidInput encrypted() {
        return refuse("tệp được đặt mật khẩu nên không đọc được; hãy bỏ mật khẩu rồi tải lên lại",
                "the file is protected by a password and cannot be read; remove the password and upload it again");
    }

    static InvalidInput oldFormat() {
        return refuse("tệp Excel theo định dạng quá cũ (Excel 95 trở về trước); hãy mở bằng Excel và lưu lại dạng .xlsx",
                "the Excel file is in a format too old (Excel 95 or earlier); open it in Excel and save it as .xlsx");
    }

    static InvalidInput zipBomb() {
        return refuse("tệp được nén bất thường (giải nén ra lớn gấp hàng trăm lần), như một tệp phá hoại; tệp không "
                        + "được đọc",
                "the file is compressed abnormally (it unpacks to hundreds of times its size), like a malicious file; "
                        + "it is not read");
    }

    static InvalidInput tooLargeUnpacked(long limitBytes) {
        long megabytes = limitBytes >> 20;
        return refuse("tệp khi giải nén lớn hơn " + vi(megabytes) + " MB; hãy chia thành nhiều tệp nhỏ hơn",
                "the file unpacks to more than " + en(megabytes) + " MB; split it into smaller files");
    }

    static InvalidInput cellTooLong(String cell, int limit) {
        return refuse("ô " + cell + " dài hơn " + vi(limit) + " ký tự; mỗi ô tối đa " + vi(limit) + " ký tự",
                "cell " + cell + " is longer than " + en(limit) + " characters; at most " + en(limit) + " per cell");
    }

    static InvalidInput tooManyColumns(String cell, int limit) {
        return refuse("ô " + cell + " nằm ngoài " + vi(limit) + " cột đầu; bảng tính chỉ được dùng tối đa " + vi(limit)
                        + " cột",
                "cell " + cell + " lies beyond the first " + en(limit) + " columns; a sheet may use at most "
                        + en(limit) + " columns");
    }

    static InvalidInput lineTooLong(int line) {
        return refuse("dòng " + vi(line) + " của tệp CSV dài bất thường (quá nhiều cột hoặc ô quá dài)",
                "line " + en(line) + " of the CSV file is abnormally long (too many columns or cells too long)");
    }

    static InvalidInput notUtf8() {
        return refuse("tệp CSV không phải UTF-8: hãy lưu lại bằng \"CSV UTF-8\" trong Excel",
                "the CSV file is not UTF-8: save it again as \"CSV UTF-8\" in Excel");
    }

    static InvalidInput unreadableCsv() {
        return refuse("tệp CSV không đọc được; hãy mở bằng Excel và lưu lại dạng \"CSV UTF-8\" hoặc .xlsx",
                "the CSV file cannot be read; open it in Excel and save it as \"CSV UTF-8\" or .xlsx");
    }

    private static InvalidInput refuse(String message, String messageEn) {
        return new InvalidInput(FieldViolation.of("file", message, messageEn));
    }

    private static String vi(long number) {
        return String.format(VIETNAMESE, "%,d", number);
    }

    private static String en(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }

    private SheetProblems() {
    }
}
