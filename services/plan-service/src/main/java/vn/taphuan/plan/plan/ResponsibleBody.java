package vn.taphuan.plan.plan;

/**
 * A body responsible for part of the plan, e.g. "Ban Dân tộc — cơ quan chủ trì".
 *
 * @param name   the body, as the plan names it
 * @param role   what it does for the plan
 * @param duties its duties as the plan words them, if given
 */
public record ResponsibleBody(String name, BodyRole role, String duties) {
}
