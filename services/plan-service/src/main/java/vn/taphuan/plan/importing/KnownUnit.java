package vn.taphuan.plan.importing;

import vn.taphuan.plan.unit.UnitDefinition;

/** A unit of the registry the text may name, with its code. */
public record KnownUnit(String code, UnitDefinition definition) {
}
