package vn.taphuan.plan.programme;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.ValueRefusal.Duplicated;
import vn.taphuan.plan.ValueRefusal.EndsBeforePeriodStart;
import vn.taphuan.plan.ValueRefusal.NotPositive;
import vn.taphuan.plan.programme.ProgrammeRefusal.Blank;
import vn.taphuan.plan.programme.ProgrammeRefusal.DeadlineBeforePeriodStart;
import vn.taphuan.plan.programme.ProgrammeRefusal.MalformedProgrammeCode;
import vn.taphuan.plan.programme.ProgrammeRefusal.MoreTopicsThanGroup;
import vn.taphuan.plan.programme.ProgrammeRefusal.PhasesOverlap;
import vn.taphuan.plan.programme.ProgrammeRefusal.ProgrammeSucceedsItself;
import vn.taphuan.plan.programme.ProgrammeRefusal.SuccessorNotACode;
import vn.taphuan.plan.programme.ProgrammeRefusal.TooLong;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A national target programme (or decision) plans are made under: its period and deadline, target groups, topic
 * framework and the rules its activities follow. Reference data of the whole country, edited by a platform
 * administrator; never hard-coded in logic.
 */
public class Programme {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9_]{3,60}$");

    private String id;
    private String tenantId;
    private long version;
    private ProgrammeDefinition definition;

    Programme() {
    }

    private Programme(String code, ProgrammeDefinition definition) {
        this.id = code;
        this.definition = definition;
    }

    /** A new catalogue entry; refuses a definition that breaks the rules, naming every bad field. */
    public static Programme define(String code, ProgrammeDefinition definition) {
        List<Violation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(Violation.of("code", new MalformedProgrammeCode()));
        }
        violations.addAll(violationsOf(definition));
        violations.addAll(successorViolations(code, definition));
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
        return new Programme(code, definition);
    }

    /** Replaces the definition; plans already approved keep the rules their events carried. */
    public void revise(ProgrammeDefinition revised) {
        List<Violation> violations = violationsOf(revised);
        violations.addAll(successorViolations(id, revised));
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
        this.definition = revised;
    }

    static List<Violation> violationsOf(ProgrammeDefinition d) {
        List<Violation> violations = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            violations.add(Violation.required("name"));
        }
        if (d.periodStart() == null) {
            violations.add(Violation.required("periodStart"));
        }
        if (d.periodEnd() == null) {
            violations.add(Violation.required("periodEnd"));
        }
        if (d.deadline() == null) {
            violations.add(Violation.required("deadline"));
        }
        if (d.periodStart() != null && d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            violations.add(Violation.of("periodEnd", new EndsBeforePeriodStart()));
        }
        if (d.periodStart() != null && d.deadline() != null && d.deadline().isBefore(d.periodStart())) {
            violations.add(Violation.of("deadline", new DeadlineBeforePeriodStart()));
        }
        if (d.rules() == null) {
            violations.add(Violation.required("rules"));
        } else {
            violations.addAll(d.rules().violations("rules."));
        }
        for (int i = 0; i < d.legalBases().size(); i++) {
            violations.addAll(d.legalBases().get(i).violations("legalBases[" + i + "]."));
        }
        for (int i = 0; i < d.targetGroups().size(); i++) {
            if (d.targetGroups().get(i).group() == null) {
                violations.add(Violation.required("targetGroups[" + i + "].group"));
            }
        }
        Set<String> groupNames = new HashSet<>();
        for (int i = 0; i < d.topicGroups().size(); i++) {
            TopicGroup group = d.topicGroups().get(i);
            String at = "topicGroups[" + i + "].";
            if (group.name() == null || group.name().isBlank()) {
                violations.add(Violation.required(at + "name"));
            } else if (!groupNames.add(group.name().toLowerCase())) {
                violations.add(Violation.of(at + "name", new Duplicated()));
            }
            if (group.topicCount() < 1) {
                violations.add(Violation.of(at + "topicCount", new NotPositive()));
            } else if (group.topics().size() > group.topicCount()) {
                violations.add(Violation.of(at + "topics", new MoreTopicsThanGroup(group.topicCount())));
            }
        }
        violations.addAll(phaseViolations(d));
        if (d.owner() != null && d.owner().length() > 200) {
            violations.add(Violation.of("owner", new TooLong(200)));
        }
        for (int i = 0; i < d.keywords().size(); i++) {
            if (d.keywords().get(i) == null || d.keywords().get(i).isBlank()) {
                violations.add(Violation.of("keywords[" + i + "]", new Blank()));
            }
        }
        return violations;
    }

    private static List<Violation> phaseViolations(ProgrammeDefinition d) {
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.phases().size(); i++) {
            ProgrammePhase phase = d.phases().get(i);
            String at = "phases[" + i + "].";
            if (phase == null) {
                violations.add(Violation.required("phases[" + i + "]"));
                continue;
            }
            violations.addAll(phase.violations(at, d.periodStart(), d.periodEnd()));
            if (phase.code() != null && !codes.add(phase.code())) {
                violations.add(Violation.of(at + "code", new Duplicated()));
            }
            for (int j = 0; j < i; j++) {
                ProgrammePhase earlier = d.phases().get(j);
                if (earlier != null && overlap(earlier, phase)) {
                    violations.add(Violation.of(at + "start",
                            new PhasesOverlap(String.valueOf(earlier.code()))));
                }
            }
        }
        return violations;
    }

    private static boolean overlap(ProgrammePhase a, ProgrammePhase b) {
        return a.start() != null && a.end() != null && b.start() != null && b.end() != null
                && !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private static List<Violation> successorViolations(String code, ProgrammeDefinition d) {
        String successor = d.successorCode();
        if (successor == null) {
            return List.of();
        }
        if (!CODE.matcher(successor).matches()) {
            return List.of(Violation.of("successorCode", new SuccessorNotACode()));
        }
        if (successor.equals(code)) {
            return List.of(Violation.of("successorCode", new ProgrammeSucceedsItself()));
        }
        return List.of();
    }

    /** The phase the days {@code from} … {@code to} lie within, if the programme has phases and one covers them. */
    public Optional<ProgrammePhase> phaseOf(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        return definition.phases().stream().filter(phase -> phase.covers(from, to)).findFirst();
    }

    /**
     * The deadline a plan of the period {@code from} … {@code to} is measured against: its phase's, or the
     * programme's when no single phase covers the period (or the period is not known yet).
     */
    public LocalDate deadlineFor(LocalDate from, LocalDate to) {
        return phaseOf(from, to).map(ProgrammePhase::deadline).orElse(definition.deadline());
    }

    /** The programme that continues this one, if any. */
    public Optional<String> successorCode() {
        return Optional.ofNullable(definition.successorCode());
    }

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(definition.periodStart()) && !to.isAfter(definition.periodEnd());
    }

    /** True if the programme sets a topic framework and {@code topic} is not part of it. */
    public boolean isOutsideFramework(String topic) {
        return !definition.topicGroups().isEmpty()
                && definition.topicGroups().stream().noneMatch(group -> group.covers(topic));
    }

    public String code() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProgrammeDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    public LocalDate periodStart() {
        return definition.periodStart();
    }

    public LocalDate periodEnd() {
        return definition.periodEnd();
    }

    public LocalDate deadline() {
        return definition.deadline();
    }

    public ActivityRules rules() {
        return definition.rules();
    }
}
