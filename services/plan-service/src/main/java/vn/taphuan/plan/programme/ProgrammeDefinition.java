package vn.taphuan.plan.programme;

import vn.taphuan.plan.legal.LegalBasis;

import java.time.LocalDate;
import java.util.List;

/**
 * What the catalogue says about a programme: the part a platform administrator edits.
 *
 * @param name           official name (Vietnamese)
 * @param shortName      the name plans use for it, e.g. {@code MTQG DTTS&MN}
 * @param legalBases     the decisions that set it up and its training framework
 * @param periodStart    first day of its period
 * @param periodEnd      last day of its period
 * @param deadline       the date its targets are measured against
 * @param targetGroups   who it trains
 * @param topicGroups    its topic framework (NTM: 3 groups of 6, 9 and 4 topics); empty if it sets none
 * @param rules          rules every activity under it follows
 * @param keywords       phrases that identify it in a plan's text (used by the plan import), e.g. {@code 752/QĐ-UBDT}
 */
public record ProgrammeDefinition(String name, String shortName, List<LegalBasis> legalBases, LocalDate periodStart,
                                  LocalDate periodEnd, LocalDate deadline, List<TargetAudience> targetGroups,
                                  List<TopicGroup> topicGroups, ActivityRules rules, List<String> keywords) {

    public ProgrammeDefinition {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        topicGroups = topicGroups == null ? List.of() : List.copyOf(topicGroups);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
