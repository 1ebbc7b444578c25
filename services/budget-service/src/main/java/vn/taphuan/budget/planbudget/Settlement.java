package vn.taphuan.budget.planbudget;

import java.time.LocalDate;
import java.util.List;

/**
 * The settlement (thanh quyết toán) of an activity: its spending per source is final.
 *
 * @param settlementId   id of the settlement
 * @param documentNumber number of the settlement document
 * @param settledOn      date of settlement
 * @param amounts        settled amounts per funding source
 * @param totalVnd       their sum
 */
public record Settlement(String settlementId, String documentNumber, LocalDate settledOn, List<SourceAmount> amounts,
                         long totalVnd) {

    public Settlement {
        amounts = List.copyOf(amounts);
    }

    public long amount(FundingSource source) {
        return amounts.stream().filter(a -> a.source() == source).mapToLong(SourceAmount::amountVnd).sum();
    }
}
