package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.GroupFigures;
import vn.taphuan.reporting.progress.Figures.PersonTurnFigures;
import vn.taphuan.reporting.progress.Figures.Share;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Person-turns against their target, with the groups the programmes ask about: women and ethnic-minority people
 * (against a line's minimum share), target group, level and gender. Completions of a day feed the total and the
 * shares; completions of a group feed the breakdowns, each share taken of the total.
 */
final class PersonTurnTally {

    private long target;
    private long achieved;
    private long women;
    private long ethnicMinority;
    private Integer minWomenPercent;
    private Integer minEthnicMinorityPercent;
    private final Map<TargetGroup, GroupCount> byTargetGroup = new EnumMap<>(TargetGroup.class);
    private final Map<Level, GroupCount> byLevel = new EnumMap<>(Level.class);
    private final Map<Gender, GroupCount> byGender = new EnumMap<>(Gender.class);
    private LocalDate targetReachedOn;

    /**
     * A line's target, for its target group and its level: a community line's people are at the community level,
     * a cadre line has a level only where it names one.
     */
    void planned(TargetGroup group, Level cadreLevel, long personTurns) {
        target = Math.addExact(target, personTurns);
        of(byTargetGroup, group).plan(personTurns);
        Level level = group == TargetGroup.COMMUNITY ? Level.COMMUNITY : cadreLevel;
        if (level != null) {
            of(byLevel, level).plan(personTurns);
        }
    }

    /** A line's minimum shares, whole percent or null; only a line has them, so sums have none. */
    void minimumShares(Integer womenPercent, Integer ethnicMinorityPercent) {
        minWomenPercent = womenPercent;
        minEthnicMinorityPercent = ethnicMinorityPercent;
    }

    /** Completions of one day. */
    void completed(EnrolmentTotals.DayCount day) {
        achieved = Math.addExact(achieved, day.personTurns());
        women = Math.addExact(women, day.women());
        ethnicMinority = Math.addExact(ethnicMinority, day.ethnicMinority());
    }

    /** Completions of one target group, level and gender; a person whose level is unknown counts at none. */
    void completed(EnrolmentTotals.Group group, long personTurns) {
        of(byTargetGroup, group.targetGroup()).achieve(personTurns);
        if (group.level() != null) {
            of(byLevel, group.level()).achieve(personTurns);
        }
        of(byGender, group.gender()).achieve(personTurns);
    }

    void targetReachedOn(LocalDate day) {
        targetReachedOn = day;
    }

    /** Adds another scope's person-turns; a level keeps having no target unless a part gives it one. */
    void add(PersonTurnFigures part) {
        target = Math.addExact(target, part.target());
        achieved = Math.addExact(achieved, part.achieved());
        women = Math.addExact(women, part.women().count());
        ethnicMinority = Math.addExact(ethnicMinority, part.ethnicMinority().count());
        for (GroupFigures g : part.byTargetGroup()) {
            GroupCount group = of(byTargetGroup, TargetGroup.valueOf(g.key()));
            group.plan(g.target() == null ? 0 : g.target());
            group.achieve(g.achieved());
        }
        for (GroupFigures g : part.byLevel()) {
            GroupCount level = of(byLevel, Level.valueOf(g.key()));
            if (g.target() != null) {
                level.plan(g.target());
            }
            level.achieve(g.achieved());
        }
        for (GroupFigures g : part.byGender()) {
            of(byGender, Gender.valueOf(g.key())).achieve(g.achieved());
        }
    }

    long achieved() {
        return achieved;
    }

    PersonTurnFigures figures() {
        List<GroupFigures> targetGroups = new ArrayList<>(byTargetGroup.size());
        byTargetGroup.forEach((group, g) -> targetGroups.add(new GroupFigures(group.name(), g.target, g.achieved,
                Percent.of(g.achieved, g.target), Percent.of(g.achieved, achieved))));
        List<GroupFigures> levels = new ArrayList<>(byLevel.size());
        byLevel.forEach((level, l) -> {
            Long levelTarget = l.planned ? l.target : null;
            levels.add(new GroupFigures(level.name(), levelTarget, l.achieved,
                    levelTarget == null ? null : Percent.of(l.achieved, levelTarget), Percent.of(l.achieved, achieved)));
        });
        List<GroupFigures> genders = new ArrayList<>(byGender.size());
        byGender.forEach((gender, g) -> genders.add(new GroupFigures(gender.name(), null, g.achieved, null,
                Percent.of(g.achieved, achieved))));
        return new PersonTurnFigures(target, achieved, Percent.of(achieved, target),
                share(women, minWomenPercent), share(ethnicMinority, minEthnicMinorityPercent),
                targetGroups, levels, genders, targetReachedOn);
    }

    private Share share(long count, Integer minimum) {
        BigDecimal share = Percent.of(count, achieved);
        Boolean meets = minimum == null || share == null ? null : share.compareTo(BigDecimal.valueOf(minimum)) >= 0;
        return new Share(count, share, minimum, meets);
    }

    private static <K extends Enum<K>> GroupCount of(Map<K, GroupCount> breakdown, K key) {
        return breakdown.computeIfAbsent(key, k -> new GroupCount());
    }

    /** One group of a breakdown: its target, whether any was planned, and what it achieved. */
    private static final class GroupCount {
        long target;
        boolean planned;
        long achieved;

        void plan(long personTurns) {
            target = Math.addExact(target, personTurns);
            planned = true;
        }

        void achieve(long personTurns) {
            achieved = Math.addExact(achieved, personTurns);
        }
    }
}
