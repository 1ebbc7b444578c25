package vn.taphuan.reporting.units;

/** Levels of administrative units, from the top; a unit's parent is one or more levels up. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE;

    boolean below(UnitLevel other) {
        return compareTo(other) > 0;
    }
}
