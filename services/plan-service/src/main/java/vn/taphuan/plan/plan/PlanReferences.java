package vn.taphuan.plan.plan;

import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.unit.UnitDefinition;

import java.util.Optional;
import java.util.Set;

/** The reference data a plan is checked against: the programme catalogue and the administrative units. */
public interface PlanReferences {

    Optional<Programme> programme(String code);

    Optional<UnitDefinition> unit(String code);

    /** The provinces (tenant ids) whose units the plan may name: its own, and those merged into it. */
    Set<String> provinces();
}
