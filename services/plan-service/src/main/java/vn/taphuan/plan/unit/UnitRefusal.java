package vn.taphuan.plan.unit;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;
import java.util.List;

/** Why an administrative unit's definition (or a catalogue of units) is refused, or a unit is not found. */
public sealed interface UnitRefusal extends Reason {

    /** Not 2–80 upper-case letters, digits or hyphens. */
    record MalformedUnitCode() implements UnitRefusal {
    }

    /** Not a province slug such as {@code bac-giang}. */
    record MalformedProvinceSlug() implements UnitRefusal {
    }

    /** The unit's validity ends before it starts. */
    record EndsBeforeItStarts() implements UnitRefusal {
    }

    record ProvinceHasNoParent() implements UnitRefusal {
    }

    record ParentRequiredBelowProvince() implements UnitRefusal {
    }

    /** A parent or successor code that names no unit of the catalogue. */
    record UnknownUnit(String unitCode) implements UnitRefusal {
    }

    /** Levels are shown by their code (PROVINCE, DISTRICT…), as they always were. */
    record LevelCannotContain(UnitLevel parent, UnitLevel child) implements UnitRefusal {
    }

    record ParentNotExisting(LocalDate on) implements UnitRefusal {
    }

    record OutlivesParent(LocalDate parentEnded) implements UnitRefusal {
    }

    record ProvinceOfParent(String province) implements UnitRefusal {
    }

    record SuccessorOfEndedUnitOnly() implements UnitRefusal {
    }

    record SucceedsItself() implements UnitRefusal {
    }

    record SuccessorBelowLevel() implements UnitRefusal {
    }

    record SuccessorNotExisting(LocalDate from) implements UnitRefusal {
    }

    /** Classifications (xã khu vực I, II, III…) apply to communes and villages only. */
    record ClassifiedAboveCommune() implements UnitRefusal {
    }

    record ClassificationsOverlap() implements UnitRefusal {
    }

    record UnitNotFound(String unitCode) implements UnitRefusal {
    }

    /** An uploaded catalogue without the header row naming {@code columns}. */
    record NoCatalogueHeader(List<String> columns) implements UnitRefusal {
    }
}
