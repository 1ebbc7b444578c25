package vn.taphuan.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.taphuan.budget.norms.NormCode;

import java.util.Map;

/**
 * Settings of budget-service ({@code budget.*}).
 *
 * @param closingDays  days after a plan period's end during which its payments and settlements are still accepted
 *                     (chỉnh lý quyết toán: the year's accounts stay open until 31 January)
 * @param defaultNorms the documented default unit costs, used on any day a province has set no norms of its own
 */
@ConfigurationProperties("budget")
public record BudgetProperties(int closingDays, DefaultNorms defaultNorms) {

    /**
     * @param legalBasis what the default rates are taken from (Vietnamese)
     * @param rates      one unit cost in whole VND per norm code
     */
    public record DefaultNorms(String legalBasis, Map<NormCode, Long> rates) {
    }
}
