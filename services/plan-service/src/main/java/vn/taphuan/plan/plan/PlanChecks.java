package vn.taphuan.plan.plan;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.TargetGroup;
import vn.taphuan.plan.unit.UnitDefinition;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a plan's content must follow, each returning every broken rule as a named field, so the officer sees
 * all problems at once. Three levels: what any draft must satisfy, what a plan needs to be submitted, and what an
 * amendment may change.
 */
final class PlanChecks {

    static final Pattern LINE_ID = Pattern.compile("^[A-Za-z0-9._-]{1,60}$");
    /** Communes of one unit: Vietnam had about 10,000 before the 2025 reorganisation. */
    static final int MAX_COMMUNES = 10_000;
    /** Villages (thôn, bản) of one unit. */
    static final int MAX_VILLAGES = 100_000;

    /** What every saved draft must satisfy; a draft may still leave out what is not known yet. */
    static List<FieldViolation> draft(PlanContent c, PlanReferences refs) {
        List<FieldViolation> v = new ArrayList<>();
        if (c.title() == null || c.title().isBlank()) {
            v.add(FieldViolation.of("title", "là bắt buộc", "is required"));
        }
        Optional<Programme> programme = refs.programme(c.programmeCode());
        if (c.programmeCode() == null || c.programmeCode().isBlank()) {
            v.add(FieldViolation.of("programmeCode", "là bắt buộc", "is required"));
        } else if (programme.isEmpty()) {
            v.add(FieldViolation.of("programmeCode", "chương trình không có trong danh mục: " + c.programmeCode(),
                    "unknown programme: " + c.programmeCode()));
        }
        period(c, programme, v);
        for (int i = 0; i < c.legalBases().size(); i++) {
            LegalBasis basis = c.legalBases().get(i);
            v.addAll(basis == null ? List.of(FieldViolation.of("legalBases[" + i + "]", "là bắt buộc", "is required"))
                    : basis.violations("legalBases[" + i + "]."));
        }
        scope(c, refs, v);
        for (int i = 0; i < c.responsibleBodies().size(); i++) {
            ResponsibleBody body = c.responsibleBodies().get(i);
            if (body.name() == null || body.name().isBlank()) {
                v.add(FieldViolation.of("responsibleBodies[" + i + "].name", "là bắt buộc", "is required"));
            }
            if (body.role() == null) {
                v.add(FieldViolation.of("responsibleBodies[" + i + "].role", "là bắt buộc", "is required"));
            }
        }
        lines(c, programme, refs, v);
        budget(c, v);
        if (c.rules() != null) {
            v.addAll(c.rules().violations("rules."));
            programme.ifPresent(p -> v.addAll(p.rules().loosenedBy(c.rules(), "rules.")));
        }
        return v;
    }

    /** What a plan needs before it can be submitted for approval (and which every approved version has). */
    static List<FieldViolation> complete(PlanContent c) {
        List<FieldViolation> v = new ArrayList<>();
        if (c.periodStart() == null) {
            v.add(FieldViolation.of("periodStart", "là bắt buộc để trình", "is required to submit"));
        }
        if (c.periodEnd() == null) {
            v.add(FieldViolation.of("periodEnd", "là bắt buộc để trình", "is required to submit"));
        }
        if (c.targetLines().isEmpty()) {
            v.add(FieldViolation.of("targetLines", "phải có ít nhất một chỉ tiêu", "must have at least one target line"));
        }
        for (int i = 0; i < c.targetLines().size(); i++) {
            TargetLine line = c.targetLines().get(i);
            String at = "targetLines[" + i + "].";
            if (line.activityKind() == null) {
                v.add(FieldViolation.of(at + "activityKind", "là bắt buộc để trình", "is required to submit"));
            }
            if (line.targetGroup() == null) {
                v.add(FieldViolation.of(at + "targetGroup", "là bắt buộc để trình", "is required to submit"));
            }
            if (line.plannedActivities() == 0 && line.plannedPersonTurns() == 0 && line.coverage() == null) {
                v.add(FieldViolation.of(at + "plannedActivities",
                        "chỉ tiêu phải có số hoạt động, số lượt người hoặc tỷ lệ bao phủ",
                        "a target line needs a number of activities, of person-turns or a coverage target"));
            }
            if (line.coverage() != null) {
                if (line.coverage().rosterSize() == null) {
                    v.add(FieldViolation.of(at + "coverage.rosterSize",
                            "cần số người trong danh sách (mẫu số) để trình", "the roster size (denominator) is required to submit"));
                }
                if (line.coverage().byDate() == null) {
                    v.add(FieldViolation.of(at + "coverage.byDate", "là bắt buộc để trình", "is required to submit"));
                }
            }
        }
        if (c.budgetTotalVnd() == null) {
            v.add(FieldViolation.of("budgetTotalVnd", "là bắt buộc để trình", "is required to submit"));
        } else if (c.budgetBySource().isEmpty()) {
            v.add(FieldViolation.of("budgetBySource", "cần ghi rõ nguồn kinh phí để trình",
                    "the funding sources are required to submit"));
        }
        return v;
    }

    /** What an approval needs: the approving document, and a date not before it. */
    static List<FieldViolation> approval(PlanContent c, LocalDate on) {
        List<FieldViolation> v = new ArrayList<>();
        if (c.documentNumber() == null || c.documentNumber().isBlank()) {
            v.add(FieldViolation.of("documentNumber", "cần số văn bản ban hành kế hoạch để phê duyệt",
                    "the plan's document number is required to approve"));
        }
        if (c.documentDate() == null) {
            v.add(FieldViolation.of("documentDate", "cần ngày ban hành để phê duyệt", "the document date is required to approve"));
        } else if (on.isBefore(c.documentDate())) {
            v.add(FieldViolation.of("approvedOn", "không được trước ngày ban hành văn bản ("
                    + Dates.shown(c.documentDate()) + ")",
                    "must not be before the document date (" + Dates.shown(c.documentDate()) + ")"));
        }
        return v;
    }

    /**
     * What an amendment may change: numbers, yes; but no line that existed may disappear or change what it counts
     * (its activity kind or target group), or counts achieved under it would be lost or mixed up.
     */
    static List<FieldViolation> amendment(PlanContent previous, PlanContent next) {
        List<FieldViolation> v = new ArrayList<>();
        if (!previous.programmeCode().equals(next.programmeCode())) {
            v.add(FieldViolation.of("programmeCode", "không đổi được chương trình của kế hoạch đã phê duyệt",
                    "the programme of an approved plan cannot change"));
        }
        Map<String, TargetLine> kept = new HashMap<>();
        next.targetLines().forEach(line -> kept.put(line.lineId(), line));
        for (TargetLine before : previous.targetLines()) {
            TargetLine after = kept.get(before.lineId());
            if (after == null) {
                v.add(FieldViolation.of("targetLines", "không được bỏ chỉ tiêu " + before.lineId()
                                + " (số liệu đã đạt theo chỉ tiêu này sẽ mất); hãy điều chỉnh số lượng",
                        "line " + before.lineId() + " cannot be removed (counts achieved under it would be lost); change its numbers instead"));
                continue;
            }
            int i = next.targetLines().indexOf(after);
            if (after.activityKind() != before.activityKind()) {
                v.add(FieldViolation.of("targetLines[" + i + "].activityKind", "không đổi được loại hoạt động của chỉ tiêu đã có",
                        "an existing line's activity kind cannot change"));
            }
            if (after.targetGroup() != before.targetGroup()) {
                v.add(FieldViolation.of("targetLines[" + i + "].targetGroup", "không đổi được nhóm đối tượng của chỉ tiêu đã có",
                        "an existing line's target group cannot change"));
            }
        }
        return v;
    }

    private static void period(PlanContent c, Optional<Programme> programme, List<FieldViolation> v) {
        if (c.periodStart() == null || c.periodEnd() == null) {
            return;
        }
        if (c.periodEnd().isBefore(c.periodStart())) {
            v.add(FieldViolation.of("periodEnd", "không được trước ngày bắt đầu", "must not be before periodStart"));
        } else if (programme.isPresent() && !programme.get().covers(c.periodStart(), c.periodEnd())) {
            Programme p = programme.get();
            v.add(FieldViolation.of("periodStart",
                    "kỳ kế hoạch phải nằm trong giai đoạn của chương trình (" + Dates.shown(p.periodStart()) + " – "
                            + Dates.shown(p.periodEnd()) + ")",
                    "the plan period must lie within the programme period (" + Dates.shown(p.periodStart()) + " – "
                            + Dates.shown(p.periodEnd()) + ")"));
        }
    }

    private static void scope(PlanContent c, PlanReferences refs, List<FieldViolation> v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.scope().size(); i++) {
            ScopeUnit unit = c.scope().get(i);
            String at = "scope[" + i + "].";
            unitViolation(unit.unitCode(), at + "unitCode", c, refs).ifPresent(v::add);
            if (unit.unitCode() != null && !seen.add(unit.unitCode())) {
                v.add(FieldViolation.of(at + "unitCode", "bị trùng", "is duplicated"));
            }
            if (unit.communeCount() != null) {
                count(unit.communeCount(), MAX_COMMUNES, at + "communeCount", "xã", "communes", v);
            }
            if (unit.villageCount() != null) {
                count(unit.villageCount(), MAX_VILLAGES, at + "villageCount", "thôn, bản", "villages", v);
            }
        }
    }

    private static void lines(PlanContent c, Optional<Programme> programme, PlanReferences refs, List<FieldViolation> v) {
        if (c.targetLines().size() > Limits.MAX_LINES_PER_PLAN) {
            v.add(FieldViolation.of("targetLines", "một kế hoạch có tối đa " + vi(Limits.MAX_LINES_PER_PLAN) + " chỉ tiêu",
                    "a plan has at most " + en(Limits.MAX_LINES_PER_PLAN) + " target lines"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.targetLines().size(); i++) {
            TargetLine line = c.targetLines().get(i);
            String at = "targetLines[" + i + "].";
            if (line.lineId() == null || !LINE_ID.matcher(line.lineId()).matches()) {
                v.add(FieldViolation.of(at + "lineId", "chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 60)",
                        "letters, digits, dots, hyphens and underscores only (at most 60)"));
            } else if (!ids.add(line.lineId())) {
                v.add(FieldViolation.of(at + "lineId", "bị trùng: " + line.lineId(), "is duplicated: " + line.lineId()));
            }
            count(line.plannedActivities(), Limits.MAX_ACTIVITIES_PER_LINE, at + "plannedActivities",
                    "hoạt động mỗi chỉ tiêu", "activities per line", v);
            count(line.plannedPersonTurns(), Limits.MAX_PERSON_TURNS_PER_LINE, at + "plannedPersonTurns",
                    "lượt người mỗi chỉ tiêu", "person-turns per line", v);
            if (line.targetGroup() == TargetGroup.COMMUNITY && line.cadreLevel() != null) {
                v.add(FieldViolation.of(at + "cadreLevel", "chỉ dùng cho nhóm cán bộ", "applies to cadres only"));
            }
            if (line.targetGroup() == TargetGroup.COMMUNITY && line.jobTitle() != null) {
                v.add(FieldViolation.of(at + "jobTitle", "chỉ dùng cho nhóm cán bộ", "applies to cadres only"));
            }
            percent(line.minEthnicMinorityPercent(), at + "minEthnicMinorityPercent", v);
            percent(line.minWomenPercent(), at + "minWomenPercent", v);
            if (line.coverage() != null) {
                coverage(line.coverage(), at + "coverage.", programme, v);
            }
            for (int t = 0; t < line.topics().size(); t++) {
                String topic = line.topics().get(t);
                if (programme.isPresent() && (topic == null || programme.get().isOutsideFramework(topic))) {
                    v.add(FieldViolation.of(at + "topics[" + t + "]",
                            "không thuộc khung chuyên đề của chương trình: " + topic,
                            "is not part of the programme's topic framework: " + topic));
                }
            }
            yearly(line, at, c, v);
            for (int u = 0; u < line.unitCodes().size(); u++) {
                unitViolation(line.unitCodes().get(u), at + "unitCodes[" + u + "]", c, refs).ifPresent(v::add);
            }
        }
    }

    /**
     * A multi-year plan's targets year by year: each year within the plan's period and named once, no negative
     * numbers, and together no more than the line's totals (a plan may leave part of a total to years it has not
     * broken down yet).
     */
    private static void yearly(TargetLine line, String at, PlanContent c, List<FieldViolation> v) {
        if (line.yearlyTargets().isEmpty()) {
            return;
        }
        Set<Integer> years = new HashSet<>();
        long activities = 0;
        long personTurns = 0;
        for (int y = 0; y < line.yearlyTargets().size(); y++) {
            YearlyTarget target = line.yearlyTargets().get(y);
            String field = at + "yearlyTargets[" + y + "].";
            if (target == null) {
                v.add(FieldViolation.of(at + "yearlyTargets[" + y + "]", "là bắt buộc", "is required"));
                continue;
            }
            if (c.periodStart() != null && c.periodEnd() != null
                    && (target.year() < c.periodStart().getYear() || target.year() > c.periodEnd().getYear())) {
                v.add(FieldViolation.of(field + "year", "năm " + target.year() + " nằm ngoài kỳ kế hoạch ("
                                + c.periodStart().getYear() + " – " + c.periodEnd().getYear() + ")",
                        "year " + target.year() + " lies outside the plan period (" + c.periodStart().getYear() + " – "
                                + c.periodEnd().getYear() + ")"));
            } else if (!years.add(target.year())) {
                v.add(FieldViolation.of(field + "year", "bị trùng: " + target.year(), "is duplicated: " + target.year()));
            }
            if (target.plannedActivities() < 0) {
                v.add(FieldViolation.of(field + "plannedActivities", "không được là số âm", "must not be negative"));
            }
            if (target.plannedPersonTurns() < 0) {
                v.add(FieldViolation.of(field + "plannedPersonTurns", "không được là số âm", "must not be negative"));
            }
            activities += Math.max(0, target.plannedActivities());
            personTurns += Math.max(0, target.plannedPersonTurns());
        }
        if (activities > line.plannedActivities()) {
            v.add(FieldViolation.of(at + "yearlyTargets", "tổng số hoạt động theo năm (" + vi(activities)
                            + ") vượt chỉ tiêu của dòng (" + vi(line.plannedActivities()) + ")",
                    "the yearly activities (" + en(activities) + ") exceed the line's target ("
                            + en(line.plannedActivities()) + ")"));
        }
        if (personTurns > line.plannedPersonTurns()) {
            v.add(FieldViolation.of(at + "yearlyTargets", "tổng số lượt người theo năm (" + vi(personTurns)
                            + ") vượt chỉ tiêu của dòng (" + vi(line.plannedPersonTurns()) + ")",
                    "the yearly person-turns (" + en(personTurns) + ") exceed the line's target ("
                            + en(line.plannedPersonTurns()) + ")"));
        }
    }

    private static void coverage(CoverageTarget coverage, String at, Optional<Programme> programme, List<FieldViolation> v) {
        if (coverage.percent() < 1 || coverage.percent() > 100) {
            v.add(FieldViolation.of(at + "percent", "phải từ 1 đến 100", "must be between 1 and 100"));
        }
        if (coverage.rosterSize() != null && coverage.rosterSize() < 1) {
            v.add(FieldViolation.of(at + "rosterSize", "phải lớn hơn 0", "must be greater than 0"));
        } else if (coverage.rosterSize() != null) {
            count(coverage.rosterSize(), Limits.MAX_ROSTER_SIZE, at + "rosterSize", "người trong danh sách",
                    "people on a roster", v);
        }
        if (coverage.byDate() != null && programme.isPresent() && coverage.byDate().isAfter(programme.get().deadline())) {
            v.add(FieldViolation.of(at + "byDate", "không được sau thời hạn của chương trình ("
                    + Dates.shown(programme.get().deadline()) + ")",
                    "must not be after the programme deadline (" + Dates.shown(programme.get().deadline()) + ")"));
        }
    }

    private static void percent(Integer value, String field, List<FieldViolation> v) {
        if (value != null && (value < 0 || value > 100)) {
            v.add(FieldViolation.of(field, "phải từ 0 đến 100", "must be between 0 and 100"));
        }
    }

    private static Optional<FieldViolation> unitViolation(String code, String field, PlanContent c, PlanReferences refs) {
        if (code == null || code.isBlank()) {
            return Optional.of(FieldViolation.of(field, "là bắt buộc", "is required"));
        }
        Optional<UnitDefinition> unit = refs.unit(code);
        if (unit.isEmpty()) {
            return Optional.of(FieldViolation.of(field, "đơn vị hành chính không có trong danh mục: " + code,
                    "unknown administrative unit: " + code));
        }
        if (!refs.provinces().contains(unit.get().provinceTenantId())) {
            return Optional.of(FieldViolation.of(field, "đơn vị " + code + " không thuộc tỉnh của kế hoạch",
                    "unit " + code + " does not belong to the plan's province"));
        }
        if (c.periodStart() != null && c.periodEnd() != null && !c.periodEnd().isBefore(c.periodStart())
                && !unit.get().overlaps(c.periodStart(), c.periodEnd())) {
            return Optional.of(FieldViolation.of(field, "đơn vị " + code + " không tồn tại trong kỳ kế hoạch",
                    "unit " + code + " did not exist during the plan period"));
        }
        return Optional.empty();
    }

    private static void budget(PlanContent c, List<FieldViolation> v) {
        if (c.budgetTotalVnd() != null) {
            money(c.budgetTotalVnd(), "budgetTotalVnd", v);
        }
        Set<FundingSource> seen = new HashSet<>();
        // exact whatever was sent: the bounds are checked above and below, the sum is only compared
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < c.budgetBySource().size(); i++) {
            FundingAmount amount = c.budgetBySource().get(i);
            if (amount.source() == null) {
                v.add(FieldViolation.of("budgetBySource[" + i + "].source", "là bắt buộc", "is required"));
            } else if (!seen.add(amount.source())) {
                v.add(FieldViolation.of("budgetBySource[" + i + "].source", "bị trùng nguồn " + amount.source(),
                        "source " + amount.source() + " appears twice"));
            }
            money(amount.amountVnd(), "budgetBySource[" + i + "].amountVnd", v);
            sum = sum.add(BigInteger.valueOf(amount.amountVnd()));
        }
        if (c.budgetBySource().isEmpty()) {
            return;
        }
        if (c.budgetTotalVnd() == null) {
            v.add(FieldViolation.of("budgetTotalVnd", "là bắt buộc khi có nguồn kinh phí", "is required when sources are given"));
        } else if (!sum.equals(BigInteger.valueOf(c.budgetTotalVnd()))) {
            v.add(FieldViolation.of("budgetBySource",
                    "tổng các nguồn (" + sum + " đồng) phải bằng tổng kinh phí (" + c.budgetTotalVnd() + " đồng)",
                    "the sources add up to " + sum + " VND, not the total of " + c.budgetTotalVnd() + " VND"));
        }
    }

    /** An amount of money: whole VND from 0 to {@link Limits#MAX_VND}. */
    private static void money(long amount, String field, List<FieldViolation> v) {
        if (amount < 0) {
            v.add(FieldViolation.of(field, "không được là số âm", "must not be negative"));
        } else if (amount > Limits.MAX_VND) {
            v.add(FieldViolation.of(field, "tối đa " + vi(Limits.MAX_VND) + " đồng", "at most " + en(Limits.MAX_VND) + " VND"));
        }
    }

    /** A count from 0 to {@code max}; {@code unitVi}/{@code unitEn} name what is counted, e.g. "activities per line". */
    private static void count(long value, long max, String field, String unitVi, String unitEn, List<FieldViolation> v) {
        if (value < 0) {
            v.add(FieldViolation.of(field, "không được là số âm", "must not be negative"));
        } else if (value > max) {
            v.add(FieldViolation.of(field, "tối đa " + vi(max) + " " + unitVi, "at most " + en(max) + " " + unitEn));
        }
    }

    /** 100.000 as Vietnamese write it. */
    static String vi(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** 100,000 as English writes it. */
    static String en(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private PlanChecks() {
    }
}
