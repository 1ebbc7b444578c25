package vn.taphuan.budget.planfeed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.planbudget.BudgetFacts;
import vn.taphuan.budget.planbudget.FundingSource;
import vn.taphuan.budget.planbudget.LineTerms;
import vn.taphuan.budget.planbudget.PlanTerms;
import vn.taphuan.budget.planbudget.SourceAmount;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.kit.events.EventConsumers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** {@code plan.events.v1} → plan budgets: each plan version's envelope by source and its target lines. */
@Configuration
class PlanEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onPlanEvents(EventConsumers consumers, BudgetFacts facts) {
        // the plan facts of a poll together: one read and one write per plan budget, not per event
        return consumers.handling()
                .onTogether(events -> facts.apply(events.stream().map(event -> fact(facts, event)).toList()),
                        PlanApproved.class, PlanAmended.class, PlanClosed.class)
                .build();
    }

    private static BudgetFacts.Heard fact(BudgetFacts facts, EventEnvelope<Record> event) {
        Record payload = event.payload();
        if (payload instanceof PlanApproved p) {
            return facts.planRecorded(event, p.planId(), terms(p.planVersion(), p.programmeCode(), p.title(),
                    p.documentNumber(), p.periodStart(), p.periodEnd(), p.budgetBySource(), p.targetLines()));
        }
        if (payload instanceof PlanAmended p) {
            return facts.planRecorded(event, p.planId(), terms(p.planVersion(), p.programmeCode(), p.title(),
                    p.documentNumber(), p.periodStart(), p.periodEnd(), p.budgetBySource(), p.targetLines()));
        }
        PlanClosed closed = (PlanClosed) payload;
        return facts.planClosed(event, closed.planId(), LocalDate.parse(closed.closedOn()));
    }

    private static PlanTerms terms(int planVersion, String programmeCode, String title, String documentNumber,
                                   String periodStart, String periodEnd, List<FundingAmount> sources,
                                   List<TargetLine> lines) {
        return new PlanTerms(planVersion, programmeCode, title, documentNumber, LocalDate.parse(periodStart),
                LocalDate.parse(periodEnd),
                sources.stream().map(s -> new SourceAmount(FundingSource.valueOf(s.source()), s.amountVnd())).toList(),
                lines.stream().map(l -> new LineTerms(l.lineId(), ActivityKind.valueOf(l.activityKind()),
                        l.description(), l.plannedActivities(), l.plannedPersonTurns())).toList());
    }
}
