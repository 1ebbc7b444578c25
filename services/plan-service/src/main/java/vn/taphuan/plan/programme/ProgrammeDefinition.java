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
 * @param owner          the ministry that owns it, e.g. {@code Bộ Nông nghiệp và Môi trường}; null if not recorded
 * @param phases         its phases, each with its own deadline; empty if it has one period only
 * @param successorCode  the programme that continues it (the 2021–2025 programmes → the merged one of 2026–2035),
 *                       or null
 * @param notes          what the administrator should know, e.g. which rules are not yet published and were set here
 */
public record ProgrammeDefinition(String name, String shortName, List<LegalBasis> legalBases, LocalDate periodStart,
                                  LocalDate periodEnd, LocalDate deadline, List<TargetAudience> targetGroups,
                                  List<TopicGroup> topicGroups, ActivityRules rules, List<String> keywords,
                                  String owner, List<ProgrammePhase> phases, String successorCode, String notes) {

    public ProgrammeDefinition {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        topicGroups = topicGroups == null ? List.of() : List.copyOf(topicGroups);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A programme of one period, without phases, owner or successor (as the catalogue knew them before 2026). */
    public ProgrammeDefinition(String name, String shortName, List<LegalBasis> legalBases, LocalDate periodStart,
                               LocalDate periodEnd, LocalDate deadline, List<TargetAudience> targetGroups,
                               List<TopicGroup> topicGroups, ActivityRules rules, List<String> keywords) {
        this(name, shortName, legalBases, periodStart, periodEnd, deadline, targetGroups, topicGroups, rules, keywords,
                null, List.of(), null, null);
    }

    /** The same definition continued by {@code successor}. */
    public ProgrammeDefinition withSuccessor(String successor) {
        return new ProgrammeDefinition(name, shortName, legalBases, periodStart, periodEnd, deadline, targetGroups,
                topicGroups, rules, keywords, owner, phases, successor, notes);
    }
}
