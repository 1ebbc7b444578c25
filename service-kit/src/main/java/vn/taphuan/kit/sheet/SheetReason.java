package vn.taphuan.kit.sheet;

import vn.taphuan.kit.refusal.Reason;

/** Why an uploaded sheet is refused as a whole, always about the field {@code file}; the words are in the kit's catalogues. */
public sealed interface SheetReason extends Reason {

    record TooManyRows(int limit) implements SheetReason {
    }

    record EmptyFile() implements SheetReason {
    }

    record NotAWorkbook() implements SheetReason {
    }

    record DamagedWorkbook() implements SheetReason {
    }

    record PasswordProtected() implements SheetReason {
    }

    record FormatTooOld() implements SheetReason {
    }

    record AbnormallyCompressed() implements SheetReason {
    }

    record TooLargeUnpacked(long megabytes) implements SheetReason {
    }

    record CellTooLong(String cell, int limit) implements SheetReason {
    }

    record TooManyColumns(String cell, int limit) implements SheetReason {
    }

    record CsvLineTooLong(int line) implements SheetReason {
    }

    record CsvNotUtf8() implements SheetReason {
    }

    record CsvUnreadable() implements SheetReason {
    }
}
