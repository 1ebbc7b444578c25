package vn.taphuan.plan.plan;

/**
 * An administrative unit the plan covers, with how many of its communes and villages (e.g. 124 communes and 800
 * villages of Programme 135 in Thanh Hóa).
 *
 * @param unitCode     the unit, from the registry
 * @param communeCount communes covered, if the plan says
 * @param villageCount villages (thôn, bản) covered, if the plan says
 */
public record ScopeUnit(String unitCode, Integer communeCount, Integer villageCount) {
}
