package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.CoverageTarget;
import vn.taphuan.plan.plan.PopulationUnit;
import vn.taphuan.plan.plan.QuotaTarget;
import vn.taphuan.plan.plan.SourceSpan;
import vn.taphuan.contracts.Limits;
import vn.taphuan.plan.plan.TargetLine;
import vn.taphuan.plan.plan.YearlyTarget;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A target line being read; its extractions name fields relative to the line until lines are numbered. */
final class LineDraft {

    private final int position;
    ActivityKind activityKind;
    TargetGroup targetGroup;
    CadreLevel cadreLevel;
    String description;
    int plannedActivities;
    int plannedPersonTurns;
    Integer coveragePercent;
    Integer rosterSize;
    LocalDate coverageBy;
    String rosterDescription;
    PopulationUnit populationUnit;
    QuotaTarget quota;
    Integer cumulativeByYear;
    Integer minEthnicMinorityPercent;
    Integer minWomenPercent;
    List<String> topics = new ArrayList<>();
    final List<YearlyTarget> yearlyTargets = new ArrayList<>();
    private final List<Extraction> extractions = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    LineDraft(int position) {
        this.position = position;
    }

    int position() {
        return position;
    }

    void extract(Extraction extraction) {
        extractions.add(extraction);
    }

    void find(String field, ImportFinding reason, Span span) {
        findings.add(new Finding(field, reason, span));
    }

    List<Extraction> extractions() {
        return extractions;
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * The counts read are per year and the plan lasts several ("mỗi năm tổ chức 10 lớp" in 2022–2025): each year gets
     * the count as its yearly target and the line's totals are the count times the years, shown as derived. A total
     * beyond the bounds of a line is not derived: the yearly figure becomes a finding for the officer.
     */
    void countsPerYear(int fromYear, int toYear) {
        int years = toYear - fromYear + 1;
        int perYearActivities = plannedActivities;
        int perYearTurns = plannedPersonTurns;
        for (String field : List.of("plannedActivities", "plannedPersonTurns")) {
            extractions.stream().filter(e -> e.field().equals(field)).findFirst().ifPresent(read -> {
                extractions.remove(read);
                int perYear = field.equals("plannedActivities") ? perYearActivities : perYearTurns;
                long total = (long) perYear * years;
                long max = field.equals("plannedActivities") ? Limits.MAX_ACTIVITIES_PER_LINE : Limits.MAX_PERSON_TURNS_PER_LINE;
                if (total > max) {
                    find(field, new ImportFinding.CountPerYear(read.span().quote(), String.valueOf(fromYear),
                            String.valueOf(toYear), years), read.span());
                    total = 0;
                } else {
                    extract(Extraction.doubtful(field, total, Confidence.MEDIUM, read.span(),
                            new ExtractionNote.CountPerYearTimesYears(read.span().quote(), String.valueOf(fromYear),
                                    String.valueOf(toYear), years)));
                }
                if (field.equals("plannedActivities")) {
                    plannedActivities = (int) total;
                } else {
                    plannedPersonTurns = (int) total;
                }
            });
        }
        yearlyTargets.clear();
        if (plannedActivities > 0 || plannedPersonTurns > 0) {
            for (int year = fromYear; year <= toYear; year++) {
                yearlyTargets.add(new YearlyTarget(year, plannedActivities > 0 ? perYearActivities : 0,
                        plannedPersonTurns > 0 ? perYearTurns : 0));
            }
        }
    }

    TargetLine toLine(SourceSpan source) {
        CoverageTarget coverage = coveragePercent == null ? null
                : new CoverageTarget(rosterSize, coveragePercent, coverageBy, rosterDescription, populationUnit);
        return new TargetLine(null, activityKind, targetGroup, cadreLevel, null, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, null, yearlyTargets,
                quota, cumulativeByYear, source);
    }
}
