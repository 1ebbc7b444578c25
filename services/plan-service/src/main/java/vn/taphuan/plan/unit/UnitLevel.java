package vn.taphuan.plan.unit;

/** Levels of the administrative map; the district level ended on 1 July 2025. */
public enum UnitLevel {
    PROVINCE(0),
    DISTRICT(1),
    COMMUNE(2),
    VILLAGE(3);

    private final int depth;

    UnitLevel(int depth) {
        this.depth = depth;
    }

    /** True if a unit of this level may lie inside one of {@code parent}'s level (a commune directly in a province since 2025). */
    public boolean fitsUnder(UnitLevel parent) {
        return parent.depth < depth;
    }

    /** True if a unit of {@code successor}'s level can take over a unit of this level (the same level or above). */
    public boolean canBeSucceededBy(UnitLevel successor) {
        return successor.depth <= depth;
    }
}
