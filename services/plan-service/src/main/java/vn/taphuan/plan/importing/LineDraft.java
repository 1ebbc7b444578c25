package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.CoverageTarget;
import vn.taphuan.plan.plan.TargetLine;
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
    Integer minEthnicMinorityPercent;
    Integer minWomenPercent;
    List<String> topics = new ArrayList<>();
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
     * The counts read are per year, the plan lasts several: the period's totals are not in the text, so the counts
     * are left for the officer and each becomes a finding that quotes the yearly figure.
     */
    void countsPerYear(int fromYear, int toYear) {
        int years = toYear - fromYear + 1;
        for (String field : List.of("plannedActivities", "plannedPersonTurns")) {
            extractions.stream().filter(e -> e.field().equals(field)).findFirst().ifPresent(read -> {
                extractions.remove(read);
                if (field.equals("plannedActivities")) {
                    plannedActivities = 0;
                } else {
                    plannedPersonTurns = 0;
                }
                find(field, new ImportFinding.CountPerYear(read.span().quote(), String.valueOf(fromYear),
                        String.valueOf(toYear), years),
                        read.span());
            });
        }
    }

    TargetLine toLine() {
        CoverageTarget coverage = coveragePercent == null ? null
                : new CoverageTarget(rosterSize, coveragePercent, coverageBy, rosterDescription);
        return new TargetLine(null, activityKind, targetGroup, cadreLevel, null, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, null);
    }
}
