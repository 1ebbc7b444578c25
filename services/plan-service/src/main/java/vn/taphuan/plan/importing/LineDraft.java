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

    void find(String field, String messageVi, String messageEn, Span span) {
        findings.add(new Finding(field, messageVi, messageEn, span));
    }

    List<Extraction> extractions() {
        return extractions;
    }

    List<Finding> findings() {
        return findings;
    }

    TargetLine toLine() {
        CoverageTarget coverage = coveragePercent == null ? null
                : new CoverageTarget(rosterSize, coveragePercent, coverageBy, rosterDescription);
        return new TargetLine(null, activityKind, targetGroup, cadreLevel, null, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, null);
    }
}
