package vn.taphuan.budget.planbudget;

/** Where a plan's budget is. */
public enum BudgetStatus {
    /** Activities of the plan were heard of, but not yet the plan itself. */
    AWAITING_PLAN,
    OPEN,
    /** The plan was closed: no more allocations or payments; settlements still allowed. */
    CLOSED
}
