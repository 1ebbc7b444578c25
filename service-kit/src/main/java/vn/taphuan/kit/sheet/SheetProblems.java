package vn.taphuan.kit.sheet;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;


/**
 * What is wrong with an uploaded sheet, in the officer's words and the integrator's, always about the field
 * {@code file}. Never the reading library's message: that names classes and settings no user can act on.
 */
public final class SheetProblems {

    /** The file has more rows than one upload may: the whole file is refused, before it is read to the end. */
    public static InvalidInput tooManyRows(int limit) {
        return refuse(new SheetReason.TooManyRows(limit));
    }

    static InvalidInput empty() {
        return refuse(new SheetReason.EmptyFile());
    }

    static InvalidInput notAWorkbook() {
        return refuse(new SheetReason.NotAWorkbook());
    }

    static InvalidInput damaged() {
        return refuse(new SheetReason.DamagedWorkbook());
    }

    static InvalidInput encrypted() {
        return refuse(new SheetReason.PasswordProtected());
    }

    static InvalidInput oldFormat() {
        return refuse(new SheetReason.FormatTooOld());
    }

    static InvalidInput zipBomb() {
        return refuse(new SheetReason.AbnormallyCompressed());
    }

    static InvalidInput tooLargeUnpacked(long limitBytes) {
        return refuse(new SheetReason.TooLargeUnpacked(limitBytes >> 20));
    }

    static InvalidInput cellTooLong(String cell, int limit) {
        return refuse(new SheetReason.CellTooLong(cell, limit));
    }

    static InvalidInput tooManyColumns(String cell, int limit) {
        return refuse(new SheetReason.TooManyColumns(cell, limit));
    }

    static InvalidInput lineTooLong(int line) {
        return refuse(new SheetReason.CsvLineTooLong(line));
    }

    static InvalidInput notUtf8() {
        return refuse(new SheetReason.CsvNotUtf8());
    }

    static InvalidInput unreadableCsv() {
        return refuse(new SheetReason.CsvUnreadable());
    }

    private static InvalidInput refuse(SheetReason reason) {
        return new InvalidInput(FieldViolation.of("file", reason));
    }

    private SheetProblems() {
    }
}
