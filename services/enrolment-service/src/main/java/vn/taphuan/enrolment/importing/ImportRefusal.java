package vn.taphuan.enrolment.importing;

import vn.taphuan.kit.refusal.Reason;

/** Why an attendance sheet, or a row of it, cannot be imported; the words are in {@code messages_*.properties}. */
public sealed interface ImportRefusal extends Reason {

    record NoHeaderRow(int rowsSearched) implements ImportRefusal {
    }

    record SessionNotInActivity(int sessionCount, int session) implements ImportRefusal {
    }

    record NoDataRows() implements ImportRefusal {
    }

    record PresenceUnreadable(String written) implements ImportRefusal {
    }

    record NoSuchImport(String importId) implements ImportRefusal {
    }
}
