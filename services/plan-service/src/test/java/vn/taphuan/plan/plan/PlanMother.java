package vn.taphuan.plan.plan;

import vn.taphuan.plan.legal.DocumentKind;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.ProgrammeMother;
import vn.taphuan.plan.programme.TargetGroup;
import vn.taphuan.plan.unit.UnitDefinition;
import vn.taphuan.plan.unit.UnitMother;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Plans as they appear in the real documents: the Bắc Giang 2023 DTTS&MN training plan, and a builder to vary it. */
final class PlanMother {

    static final Map<String, Programme> PROGRAMMES = Map.of(
            "MTQG_DTTS_MN_2021_2025", ProgrammeMother.dttsMn(),
            "MTQG_NTM_2021_2025", ProgrammeMother.ntm(),
            ProgrammeMother.MERGED, ProgrammeMother.merged());

    /** The reference data of a Bắc Giang officer: the seeded programmes and units. */
    static final PlanReferences BAC_GIANG = new PlanReferences() {
        @Override
        public Optional<Programme> programme(String code) {
            return Optional.ofNullable(code == null ? null : PROGRAMMES.get(code));
        }

        @Override
        public Optional<UnitDefinition> unit(String code) {
            return Optional.ofNullable(UnitMother.unit(code));
        }

        @Override
        public Set<String> provinces() {
            return Set.of("bac-giang");
        }
    };

    static Builder aPlan() {
        return new Builder();
    }

    static Plan draftBacGiang() {
        return Plan.draft("pl-1", "bac-giang", aPlan().build(), BAC_GIANG, null);
    }

    static Plan approvedBacGiang() {
        Plan plan = draftBacGiang();
        plan.submit(BAC_GIANG);
        plan.approve(LocalDate.of(2023, 3, 20), PROGRAMMES.get("MTQG_DTTS_MN_2021_2025"), 0, "officer@bac-giang");
        return plan;
    }

    static TargetLine line(String id, ActivityKind kind, TargetGroup group, int activities, int personTurns) {
        return new TargetLine(id, kind, group, null, null, null, activities, personTurns, null, null, null, null, null);
    }

    static final class Builder {
        private String programmeCode = "MTQG_DTTS_MN_2021_2025";
        private String documentNumber = "45/KH-UBND";
        private LocalDate documentDate = LocalDate.of(2023, 3, 15);
        private LocalDate periodStart = LocalDate.of(2023, 1, 1);
        private LocalDate periodEnd = LocalDate.of(2023, 12, 31);
        private List<ScopeUnit> scope = List.of(new ScopeUnit("H-SON-DONG", 17, null), new ScopeUnit("H-LUC-NGAN", null, null));
        private List<TargetLine> lines = new ArrayList<>(List.of(
                new TargetLine("community-classes", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, null, null,
                        "Nhóm cộng đồng: 102 lớp cho hơn 7.500 lượt người", 102, 7_500, null, 50, 30, null, null),
                new TargetLine("cadre-classes", ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null, null,
                        "Nhóm cán bộ: 10 lớp cho hơn 1.000 lượt người", 10, 1_000, null, null, null, null, null),
                PlanMother.line("workshops", ActivityKind.WORKSHOP, TargetGroup.CADRE, 8, 0),
                PlanMother.line("study-tours", ActivityKind.STUDY_TOUR, TargetGroup.CADRE, 4, 0)));
        private Long budgetTotalVnd = 6_889_000_000L;
        private List<FundingAmount> sources = List.of(new FundingAmount(FundingSource.CENTRAL, 6_889_000_000L));
        private ActivityRules rules;
        private List<FundingSource> sourcesWithoutAmount = List.of();
        private List<OtherTarget> otherTargets = List.of();

        Builder programme(String code) {
            programmeCode = code;
            return this;
        }

        Builder period(LocalDate start, LocalDate end) {
            periodStart = start;
            periodEnd = end;
            return this;
        }

        Builder document(String number, LocalDate date) {
            documentNumber = number;
            documentDate = date;
            return this;
        }

        Builder scope(List<ScopeUnit> units) {
            scope = units;
            return this;
        }

        Builder lines(List<TargetLine> targetLines) {
            lines = new ArrayList<>(targetLines);
            return this;
        }

        Builder line(int index, UnaryOperator<TargetLine> change) {
            lines.set(index, change.apply(lines.get(index)));
            return this;
        }

        Builder addLine(TargetLine line) {
            lines.add(line);
            return this;
        }

        Builder budget(Long total, List<FundingAmount> bySource) {
            budgetTotalVnd = total;
            sources = bySource;
            return this;
        }

        Builder sourcesWithoutAmount(List<FundingSource> named) {
            sourcesWithoutAmount = named;
            return this;
        }

        Builder otherTargets(List<OtherTarget> others) {
            otherTargets = others;
            return this;
        }

        Builder rules(ActivityRules activityRules) {
            rules = activityRules;
            return this;
        }

        PlanContent build() {
            return new PlanContent(programmeCode,
                    "Kế hoạch đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp năm 2023",
                    "UBND tỉnh Bắc Giang", documentNumber, documentDate,
                    List.of(new LegalBasis(DocumentKind.DECISION, "752/QĐ-UBDT", LocalDate.of(2022, 10, 11),
                            "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", null)),
                    periodStart, periodEnd, scope,
                    List.of(new ResponsibleBody("Ban Dân tộc", BodyRole.LEAD, null),
                            new ResponsibleBody("Sở Tài chính", BodyRole.FINANCE, "thẩm định và giao dự toán kinh phí")),
                    lines, budgetTotalVnd, sources, rules, IssuerLevel.PROVINCE, "Nguyễn Văn A",
                    "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH", sourcesWithoutAmount, otherTargets);
        }
    }

    private PlanMother() {
    }
}
