package vn.taphuan.reporting.figures;

import vn.taphuan.reporting.facts.PlanKey;

import java.util.Set;

/** Published (in-process) after a refresh changed the figures of these plans. */
public record FiguresChanged(Set<PlanKey> plans) {
}
