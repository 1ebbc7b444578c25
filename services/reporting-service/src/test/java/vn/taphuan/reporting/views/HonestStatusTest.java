package vn.taphuan.reporting.views;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.facts.ProjectionFreshness;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;
import vn.taphuan.reporting.progress.EnrolmentStatus;
import vn.taphuan.reporting.progress.ForecastStatus;
import vn.taphuan.reporting.progress.FundingSource;
import vn.taphuan.reporting.progress.Gender;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.PlanFacts.Activity;
import vn.taphuan.reporting.progress.PlanFacts.Enrolment;
import vn.taphuan.reporting.progress.PlanFacts.PlanVersion;
import vn.taphuan.reporting.progress.PlanFacts.TargetLine;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.progress.PlanLedger;
import vn.taphuan.reporting.progress.ProvinceStanding;
import vn.taphuan.reporting.progress.TargetGroup;
import vn.taphuan.reporting.scope.Province;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.ProgressViews.ProvinceOrder;
import vn.taphuan.reporting.views.ViewRecords.NationalOverview;
import vn.taphuan.reporting.views.ViewRecords.NationalProgramme;
import vn.taphuan.reporting.views.ViewRecords.ProvinceRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Issue 16: the nationwide views say who is behind. Four provinces halfway through a year's plan under one programme:
 * one beyond its target (119 %), one at 45 % (at risk), one at 17 % (off track), one that has reported nothing; the
 * first also runs a second programme, far behind. A plain sum lets the first's surplus hide the others' shortfall;
 * the provinces one by one do not.
 */
class HonestStatusTest {

    private static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    private static final String NTM = "MTQG_NTM_2021_2025";
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);
    /** 181 days of 365 gone: a run rate carries 170 to some 340, 450 to some 900 */
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final Province ahead = province("tinh-a", "Tỉnh A");
    private final Province behind = province("tinh-b", "Tỉnh B");
    private final Province atRisk = province("tinh-c", "Tỉnh C");
    private final Province silent = province("tinh-d", "Tỉnh D");

    private final ProgressViews views = views(
            List.of(plan(ahead, DTTS, 1000, 1190), plan(behind, DTTS, 1000, 170), plan(atRisk, DTTS, 1000, 450),
                    plan(ahead, NTM, 100, 10)),
            List.of(ahead, behind, atRisk, silent));

    @Test
    void eachProgrammeCountsItsProvincesOneByOneBesideTheSum() {
        NationalProgramme dtts = national().programmes().stream().filter(p -> p.programmeCode().equals(DTTS))
                .findFirst().orElseThrow();

        // the sum: 1,810 of 3,000 — the first province's 190 beyond its target fill the others' gap
        assertThat(dtts.figures().personTurns().percent()).isEqualByComparingTo("60.3");
        ProvinceStanding standing = dtts.standing();
        assertThat(standing.personTurnsWithinTarget()).isEqualTo(1000 + 170 + 450);
        assertThat(standing.percentWithinTarget()).isEqualByComparingTo("54.0");
        assertThat(standing.provinces()).isEqualTo(4);
        assertThat(standing.withoutData()).isEqualTo(1);
        assertThat(standing.byStatus()).containsEntry(ForecastStatus.REACHED, 1).containsEntry(ForecastStatus.AT_RISK, 1)
                .containsEntry(ForecastStatus.OFF_TRACK, 1).containsEntry(ForecastStatus.ON_TRACK, 0);
        assertThat(standing.onCourse()).isEqualTo(1);
        assertThat(standing.onCourseShare()).isEqualByComparingTo("33.3");
        assertThat(dtts.provincesByStatus()).containsEntry(ForecastStatus.REACHED, 1);
    }

    @Test
    void nationwideAProvinceStandsByItsWorstProgrammeAndNoProgrammeMakesUpForAnother() {
        ProvinceStanding standing = national().standing();

        // the first province reached one target and is far behind on the other: off track, not on course
        assertThat(standing.byStatus()).containsEntry(ForecastStatus.OFF_TRACK, 2).containsEntry(ForecastStatus.AT_RISK, 1)
                .containsEntry(ForecastStatus.REACHED, 0);
        assertThat(standing.onCourse()).isZero();
        assertThat(standing.withoutData()).isEqualTo(1);
        assertThat(standing.personTurnTarget()).isEqualTo(3100);
        // 1,000 (not 1,190) + 10 + 170 + 450
        assertThat(standing.personTurnsWithinTarget()).isEqualTo(1630);
        assertThat(standing.percentWithinTarget()).isEqualByComparingTo("52.6");
    }

    @Test
    void theRankingPutsWhoNeedsAttentionFirstByDefaultAndShowsTheProvinceWithoutData() {
        List<ProvinceRow> rows = views.provinces(new NationalSelection(null, DTTS, Audience.EVERYONE), ProvinceOrder.STATUS, 0, 50).items();

        assertThat(rows).extracting(r -> r.province().tenantId())
                .containsExactly("tinh-b", "tinh-c", "tinh-d", "tinh-a");
        assertThat(rows).extracting(ProvinceRow::rank).containsExactly(1, 2, 3, 4);
        ProvinceRow none = rows.get(2);
        assertThat(none.hasData()).isFalse();
        assertThat(none.status()).isNull();
        assertThat(none.plans()).isZero();
        assertThat(rows.get(0).hasData()).isTrue();
        assertThat(rows.get(3).status()).isEqualTo(ForecastStatus.REACHED);
    }

    @Test
    void theOtherOrdersStillRankByShortfallProgressOrName() {
        assertThat(views.provinces(new NationalSelection(null, DTTS, Audience.EVERYONE), ProvinceOrder.SHORTFALL, 0, 50).items()).extracting(r -> r.province().tenantId())
                .containsExactly("tinh-b", "tinh-c", "tinh-a", "tinh-d");
        assertThat(views.provinces(new NationalSelection(null, DTTS, Audience.EVERYONE), ProvinceOrder.PROGRESS, 0, 50).items()).extracting(r -> r.province().tenantId())
                .containsExactly("tinh-a", "tinh-c", "tinh-b", "tinh-d");
        assertThat(views.provinces(new NationalSelection(null, DTTS, Audience.EVERYONE), ProvinceOrder.NAME, 0, 50).items()).extracting(r -> r.province().tenantId())
                .containsExactly("tinh-a", "tinh-b", "tinh-c", "tinh-d");
    }

    @Test
    void theSumAloneWouldSayOnTrack() {
        // 1,810 half way projects some 3,650 of 3,000: the programme's sum is on track while two provinces of three
        // are not — which is why the standing is shown beside it
        NationalProgramme dtts = national().programmes().stream().filter(p -> p.programmeCode().equals(DTTS))
                .findFirst().orElseThrow();
        assertThat(dtts.forecast().personTurns().status()).isEqualTo(ForecastStatus.ON_TRACK);
        assertThat(dtts.standing().onCourse()).isEqualTo(1);
    }

    @Test
    void eachMeasureKeepsItsOwnStatus() {
        // person-turns beyond the target, but only one of ten planned classes held half way
        PlanFigures plan = PlanLedger.figures(facts(ahead, DTTS, 1000, 1190, 10));
        var forecast = new vn.taphuan.reporting.progress.Outlooks(new ReportingProperties(null, null, null, null, null).forecast()
                .rules()).plan(plan, TODAY).forecast();

        assertThat(forecast.personTurns().status()).isEqualTo(ForecastStatus.REACHED);
        assertThat(forecast.activities().status()).isEqualTo(ForecastStatus.OFF_TRACK);
        // the plan as a whole is as behind as its worst measure; its reached measure is not painted with it
        assertThat(forecast.status()).isEqualTo(ForecastStatus.OFF_TRACK);
    }

    @Test
    void aProgrammeMayJudgeItsTargetsByAThresholdOfItsOwn() {
        // 450 of 1,000 half way projects some 900: at risk at the default 80 %, off track where the programme asks 95 %
        ReportingProperties strict = new ReportingProperties(new ReportingProperties.Forecast(null, null,
                Map.of(DTTS, new ReportingProperties.Thresholds(95, null))), null, null, null, null);
        PlanFigures plan = PlanLedger.figures(facts(atRisk, DTTS, 1000, 450));
        PlanFigures other = PlanLedger.figures(facts(atRisk, NTM, 1000, 450));
        var outlooks = new vn.taphuan.reporting.progress.Outlooks(strict.forecast().rules());

        assertThat(outlooks.plan(plan, TODAY).forecast().personTurns().status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(outlooks.plan(other, TODAY).forecast().personTurns().status()).isEqualTo(ForecastStatus.AT_RISK);
    }

    // ------------------------------------------------------------ the country

    private NationalOverview national() {
        return views.national();
    }

    private static ProgressViews views(List<PlanFigures> plans, List<Province> provinces) {
        PlanFiguresStore figures = mock(PlanFiguresStore.class);
        when(figures.all()).thenReturn(plans);
        when(figures.revision()).thenReturn(1L);
        Rollups rollups = mock(Rollups.class);
        when(rollups.everyScopePersons()).thenReturn(Map.of());
        Scopes scopes = mock(Scopes.class);
        when(scopes.reportingProvinces()).thenReturn(provinces);
        ProjectionFreshness freshness = mock(ProjectionFreshness.class);
        when(freshness.dataAsOf()).thenReturn(Optional.of(Instant.parse("2025-06-30T03:00:00Z")));
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC);
        return new ProgressViews(figures, rollups, scopes, freshness, new ReportingProperties(null, null, null, null, null), clock,
                new vn.taphuan.reporting.scope.Audiences(new ReportingProperties(null, null, null, null, null)));
    }

    private static Province province(String tenantId, String name) {
        return new Province(tenantId, name, tenantId.toUpperCase(), null, List.of());
    }

    private static PlanFigures plan(Province province, String programme, int target, int achieved) {
        return PlanLedger.figures(facts(province, programme, target, achieved, 1));
    }

    private static PlanFacts facts(Province province, String programme, int target, int achieved) {
        return facts(province, programme, target, achieved, 1);
    }

    /** A plan of {@code classes} planned classes with one held, where {@code achieved} learners completed. */
    private static PlanFacts facts(Province province, String programme, int target, int achieved, int classes) {
        String planId = "kh-" + programme.toLowerCase() + "-" + province.tenantId();
        TargetLine line = new TargetLine("L1", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, Level.COMMUNITY, null,
                "Tập huấn cộng đồng", classes, target, null, null, null, List.of());
        PlanVersion version = new PlanVersion(1, programme, "Chương trình " + programme, "Kế hoạch " + planId,
                "UBND tỉnh", "1/KH-UBND", START, START, DEADLINE, DEADLINE, 1_000_000_000L,
                Map.of(FundingSource.CENTRAL, 1_000_000_000L), List.of(line), START, null, null);
        LocalDate held = LocalDate.of(2025, 6, 1);
        Activity activity = new Activity("ev1", "L1", ActivityKind.TRAINING_CLASS, ActivityStatus.HELD, "Lớp", "u1",
                held.minusDays(1), held, null, held, null, null);
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < achieved; i++) {
            enrolments.add(new Enrolment("en" + i, "L1", "ev1", ActivityKind.TRAINING_CLASS, "p" + i,
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE, false, TargetGroup.COMMUNITY, Level.COMMUNITY, "u1",
                    EnrolmentStatus.COMPLETED, held.minusDays(1), held));
        }
        return PlanFacts.withEnrolments(province.tenantId(), planId, List.of(version), null, List.of(activity),
                enrolments, List.of(), List.of(), List.of(), List.of());
    }
}
