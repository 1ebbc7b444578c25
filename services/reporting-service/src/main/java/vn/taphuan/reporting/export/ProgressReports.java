package vn.taphuan.reporting.export;

import org.springframework.stereotype.Service;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.Figures.MonthFigures;
import vn.taphuan.reporting.progress.Figures.SourceFigures;
import vn.taphuan.reporting.progress.Forecast;
import vn.taphuan.reporting.progress.Outlook;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;
import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.reporting.progress.PlanProgress.LineProgress;
import vn.taphuan.reporting.progress.ProvinceStanding;
import vn.taphuan.reporting.progress.VietnameseFormat;
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;
import vn.taphuan.reporting.views.ViewRecords.NationalOverview;
import vn.taphuan.reporting.views.ViewRecords.NationalProgramme;
import vn.taphuan.reporting.views.ViewRecords.PlanProgressView;
import vn.taphuan.reporting.views.ViewRecords.PlanRow;
import vn.taphuan.reporting.views.ViewRecords.ProgrammeProgress;
import vn.taphuan.reporting.views.ViewRecords.ProvinceOverview;
import vn.taphuan.reporting.views.ViewRecords.ProvinceRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import static vn.taphuan.reporting.export.Table.Type.COUNT;
import static vn.taphuan.reporting.export.Table.Type.DATE;
import static vn.taphuan.reporting.export.Table.Type.MONEY;
import static vn.taphuan.reporting.export.Table.Type.PERCENT;
import static vn.taphuan.reporting.export.Table.Type.TEXT;

/**
 * Progress reports for a spreadsheet, per plan, per province and nationwide: the same numbers as the API's views,
 * which they are made from, under Vietnamese headings.
 */
@Service
public class ProgressReports {

    private final ProgressViews views;
    /** By format and selection: an analyst of one ministry is never handed the workbook of every programme. */
    private final Map<KeptFor, Kept> nationalKept = new ConcurrentHashMap<>();
    private final long exportWindowNanos;

    ProgressReports(ProgressViews views, ReportingProperties properties) {
        this.views = views;
        this.exportWindowNanos = properties.refresh().exportWindow().toNanos();
    }

    /** A report ready to download. */
    public record Report(String fileName, byte[] content, String contentType) {
    }

    /** A plan of the current province. */
    public Report plan(String planId, Format format) {
        return plan(planId, format, null);
    }

    /** A plan of the current province, with the chosen months first when {@code period} is not null. */
    public Report plan(String planId, Format format, Period period) {
        PlanProgressView view = views.plan(planId);
        List<String> notes = notes(view.plan().title(), view.asOf(), view.dataAsOf());
        Table lines = lines(view);
        return assemble(format, "tien-do-ke-hoach-" + safe(planId), lines,
                () -> List.of(planSummary(view), lines, sources(view.totals(), "Kinh phí theo nguồn", notes),
                        monthly(view.totals(), notes)),
                period, () -> period(views.planReport(planId, period.from(), period.to()), notes));
    }

    /** The current province. */
    public Report province(Format format) {
        return province(format, null);
    }

    /**
     * The current province, with the chosen months first when {@code period} is not null: what they achieved beside
     * the same months a year before (the CSV is then that sheet alone).
     */
    public Report province(Format format, Period period) {
        ProvinceOverview overview = views.province();
        List<PlanRow> plans = views.plans(null, null, null, 0, Integer.MAX_VALUE).items();
        List<String> notes = notes("Tỉnh " + overview.province().name(), overview.asOf(), overview.dataAsOf());
        Table planTable = planRows(plans, notes);
        return assemble(format, "tien-do-" + safe(overview.province().tenantId()), planTable,
                () -> List.of(programmes(overview.programmes(), overview.totals(), notes), planTable,
                        sources(overview.totals(), "Kinh phí theo nguồn", notes), monthly(overview.totals(), notes)),
                period, () -> period(views.provinceReport(period.from(), period.to(), null), notes));
    }

    /** Months of a report: {@code from} to {@code to}, both included. */
    public record Period(YearMonth from, YearMonth to) {
    }

    /**
     * The nationwide report with the chosen months first: built for each request (the kept workbook is the one without
     * a period, which the dashboards' button and the many readers ask for).
     */
    public Report national(Format format, Period period) {
        return national(format, period, NationalSelection.everything(views.audience()));
    }

    /** The nationwide report of a selection (a phase, a programme), with the chosen months first when given. */
    public Report national(Format format, Period period, NationalSelection selection) {
        if (period == null) {
            return national(format, selection);
        }
        NationalOverview overview = views.national(selection);
        List<ProvinceRow> provinces = views.provinces(selection, ProgressViews.ProvinceOrder.STATUS, 0,
                Integer.MAX_VALUE).items();
        return national(overview, provinces, format, period, selection);
    }

    /**
     * A report's file: its sheets, or its first sheet alone as CSV — and with a period, the period's sheet first (and
     * alone as CSV), the file named after its months. The sheets are made only for a workbook.
     */
    private static Report assemble(Format format, String name, Table csv, Supplier<List<Table>> sheets, Period period,
                                   Supplier<Table> periodSheet) {
        if (period == null) {
            return format == Format.CSV ? format.report(name, Workbooks.csv(csv))
                    : format.report(name, Workbooks.xlsx(sheets.get()));
        }
        Table first = periodSheet.get();
        String named = name + "-" + period.from() + "-" + period.to();
        if (format == Format.CSV) {
            return format.report(named, Workbooks.csv(first));
        }
        List<Table> all = new ArrayList<>();
        all.add(first);
        all.addAll(sheets.get());
        return format.report(named, Workbooks.xlsx(all));
    }

    /** The chosen months per programme, beside the same months a year before ("so với cùng kỳ"). */
    private static Table period(PeriodReport report, List<String> notes) {
        String months = VietnameseFormat.month(report.from()) + "–" + VietnameseFormat.month(report.to());
        PeriodReport before = report.sameTimeLastYear();
        Table.Builder table = Table.named("Theo kỳ", "KẾT QUẢ TRONG KỲ " + months + ", SO VỚI CÙNG KỲ NĂM TRƯỚC");
        notes.forEach(table::note);
        table.note(report.total().headlineVi());
        if (before != null) {
            table.note("Cùng kỳ năm trước — " + before.total().headlineVi());
        }
        table.column("Chương trình", TEXT).column("Số kế hoạch", COUNT).column("Hoạt động tổ chức trong kỳ", COUNT)
                .column("Lượt người trong kỳ", COUNT).column("Lượt người cùng kỳ năm trước", COUNT)
                .column("Tăng/giảm so với cùng kỳ (%)", PERCENT).column("Lượt người mục tiêu của các kế hoạch", COUNT)
                .column("Tỷ lệ đạt (%)", PERCENT).column("Nữ (lượt)", COUNT).column("Người DTTS (lượt)", COUNT)
                .column("Đã chi trong kỳ (đồng)", MONEY);
        List<PeriodReport.Line> lines = new ArrayList<>(report.programmes());
        lines.add(report.total());
        for (PeriodReport.Line line : lines) {
            PeriodReport.Line last = before == null ? null : before.line(line.programmeCode());
            table.row(line.programmeCode() == null ? "Tổng cộng"
                            : line.programmeName() != null ? line.programmeName() : line.programmeCode(), line.plans(),
                    line.activitiesHeld(), line.personTurns(), last == null ? null : last.personTurns(),
                    report.changeOnLastYear(line.programmeCode()), line.personTurnTarget(), line.percent(), line.women(),
                    line.ethnicMinority(), line.spentVnd());
        }
        return table.build();
    }

    /**
     * The nationwide report, built once per state of what it shows and format and kept: every analyst downloads the
     * same file until a figure, the day or the data's freshness moves on (a workbook takes tens of milliseconds to
     * build, the kept one none) — and, while the country's imports move the figures many times a second, at most
     * once per export window (the file says as of when). One request builds it; the others meanwhile wait for it.
     */
    public Report national(Format format) {
        return national(format, NationalSelection.everything(views.audience()));
    }

    /** The nationwide report of a selection, kept per format and selection (whose reader it is included). */
    public synchronized Report national(Format format, NationalSelection selection) {
        KeptFor keptFor = new KeptFor(format, selection);
        Kept kept = nationalKept.get(keptFor);
        long now = System.nanoTime();
        if (kept != null && now - kept.checkedAt() < exportWindowNanos) {
            return kept.report();
        }
        NationalOverview overview = views.national(selection);
        List<ProvinceRow> provinces = views.provinces(selection, ProgressViews.ProvinceOrder.STATUS, 0,
                Integer.MAX_VALUE).items();
        NationalExport key = new NationalExport(overview, provinces, format);
        Report report = kept != null && kept.key().equals(key) ? kept.report()
                : national(overview, provinces, format, null, selection);
        nationalKept.put(keptFor, new Kept(key, report, now));
        return report;
    }

    private record KeptFor(Format format, NationalSelection selection) {
    }

    /** What a nationwide report is made from. */
    private record NationalExport(NationalOverview overview, List<ProvinceRow> provinces, Format format) {
    }

    /** @param checkedAt when it was last found to match the figures, on the monotonic clock */
    private record Kept(NationalExport key, Report report, long checkedAt) {
    }

    private Report national(NationalOverview overview, List<ProvinceRow> provinces, Format format, Period period,
                            NationalSelection selection) {
        List<String> notes = notes("Toàn quốc", overview.asOf(), overview.dataAsOf());
        Table provinceTable = provinceRows(provinces, notes);
        return assemble(format, "tien-do-toan-quoc", provinceTable,
                () -> List.of(nationalProgrammes(overview, notes), provinceTable,
                        sources(overview.totals(), "Kinh phí theo nguồn", notes), monthly(overview.totals(), notes)),
                period, () -> period(views.nationalReport(period.from(), period.to(), selection), notes));
    }

    // --- tables ---

    private static Table planSummary(PlanProgressView view) {
        PlanInfo plan = view.plan();
        Figures t = view.totals();
        Outlook forecast = view.forecast();
        Table.Builder table = Table.named("Tổng hợp", "BÁO CÁO TIẾN ĐỘ KẾ HOẠCH: " + plan.title())
                .note("Tỉnh: " + view.tenantName())
                .note("Văn bản: " + (plan.documentNumber() == null ? "" : plan.documentNumber())
                        + (plan.documentDate() == null ? "" : " ngày " + VietnameseFormat.date(plan.documentDate())))
                .note("Thời gian thực hiện: " + VietnameseFormat.date(plan.periodStart()) + " – "
                        + VietnameseFormat.date(plan.periodEnd()) + "; hạn chương trình: "
                        + VietnameseFormat.date(plan.deadline()) + "; phiên bản " + plan.currentVersion()
                        + " (" + Labels.of(plan.state()) + ")")
                .note("Dự báo đến hạn: " + Labels.of(forecast.status()))
                .note(asOf(view.asOf(), view.dataAsOf()))
                .column("Chỉ tiêu", TEXT).column("Kế hoạch", COUNT).column("Thực hiện", COUNT)
                .column("Tỷ lệ (%)", PERCENT).column("Dự báo tại hạn", COUNT).column("Trạng thái dự báo", TEXT);
        table.row("Số hoạt động", t.activities().planned(), t.activities().held(), t.activities().percent(),
                projected(forecast.activities()), status(forecast.activities()));
        table.row("Lượt người", t.personTurns().target(), t.personTurns().achieved(), t.personTurns().percent(),
                projected(forecast.personTurns()), status(forecast.personTurns()));
        table.row("Trong đó nữ (lượt)", null, t.personTurns().women().count(), t.personTurns().women().share(), null, null);
        table.row("Trong đó người DTTS (lượt)", null, t.personTurns().ethnicMinority().count(),
                t.personTurns().ethnicMinority().share(), null, null);
        table.row("Số người (không trùng)", t.persons().coverage() == null ? null : t.persons().coverage().requiredPersons(),
                t.persons().unique(), t.persons().coverage() == null ? null : t.persons().coverage().percentOfRequired(),
                projected(forecast.coverage()), status(forecast.coverage()));
        table.row("Kinh phí đã chi (đồng)", t.budget().envelopeVnd(), t.budget().spentVnd(),
                t.budget().envelopeVnd() == null ? null : vn.taphuan.reporting.progress.Percent.of(t.budget().spentVnd(),
                        t.budget().envelopeVnd()), null, null);
        table.row("Chi phí bình quân một lượt người (đồng)", null, t.budget().costPerPersonTurnVnd(), null, null, null);
        return table.build();
    }

    private static Table lines(PlanProgressView view) {
        Table.Builder table = Table.named("Chỉ tiêu", "TIẾN ĐỘ THEO DÒNG CHỈ TIÊU: " + view.plan().title());
        notes(view.plan().title(), view.asOf(), view.dataAsOf()).forEach(table::note);
        table.column("Mã dòng", TEXT).column("Nội dung", TEXT).column("Loại hoạt động", TEXT)
                .column("Đối tượng", TEXT).column("Cấp", TEXT)
                .column("Số hoạt động kế hoạch", COUNT).column("Số hoạt động đã tổ chức", COUNT)
                .column("Tỷ lệ hoạt động (%)", PERCENT)
                .column("Lượt người mục tiêu", COUNT).column("Lượt người đạt", COUNT).column("Tỷ lệ đạt (%)", PERCENT)
                .column("Nữ (lượt)", COUNT).column("Tỷ lệ nữ (%)", PERCENT)
                .column("Người DTTS (lượt)", COUNT).column("Tỷ lệ DTTS (%)", PERCENT)
                .column("Số người (không trùng)", COUNT).column("Độ bao phủ so với yêu cầu (%)", PERCENT)
                .column("Đã chi (đồng)", MONEY).column("Lượt người dự báo tại hạn", COUNT)
                .column("Trạng thái dự báo", TEXT);
        for (LineProgress line : view.lines()) {
            Figures f = line.figures();
            table.row(line.lineId(), line.description() != null ? line.description()
                            : (line.inCurrentVersion() ? "" : "(không còn trong kế hoạch hiện hành)"),
                    Labels.of(line.activityKind()), Labels.of(line.targetGroup()), Labels.of(line.cadreLevel()),
                    f.activities().planned(), f.activities().held(), f.activities().percent(),
                    f.personTurns().target(), f.personTurns().achieved(), f.personTurns().percent(),
                    f.personTurns().women().count(), f.personTurns().women().share(),
                    f.personTurns().ethnicMinority().count(), f.personTurns().ethnicMinority().share(),
                    f.persons().unique(), f.persons().coverage() == null ? null : f.persons().coverage().percentOfRequired(),
                    f.budget().spentVnd(), projected(line.forecast().personTurns()), Labels.of(line.forecast().status()));
        }
        Figures t = view.totals();
        table.row("Tổng cộng", "", "", "", "", t.activities().planned(), t.activities().held(), t.activities().percent(),
                t.personTurns().target(), t.personTurns().achieved(), t.personTurns().percent(),
                t.personTurns().women().count(), t.personTurns().women().share(), t.personTurns().ethnicMinority().count(),
                t.personTurns().ethnicMinority().share(), t.persons().unique(),
                t.persons().coverage() == null ? null : t.persons().coverage().percentOfRequired(), t.budget().spentVnd(),
                projected(view.forecast().personTurns()), Labels.of(view.forecast().status()));
        return table.build();
    }

    private static Table sources(Figures figures, String title, List<String> notes) {
        Table.Builder table = Table.named("Kinh phí", title.toUpperCase(java.util.Locale.forLanguageTag("vi")));
        notes.forEach(table::note);
        table.column("Nguồn kinh phí", TEXT).column("Dự toán kế hoạch (đồng)", MONEY).column("Đã giao (đồng)", MONEY)
                .column("Đã cam kết (đồng)", MONEY).column("Đã chi (đồng)", MONEY).column("Đã quyết toán (đồng)", MONEY)
                .column("Tỷ lệ chi so với giao (%)", PERCENT);
        for (SourceFigures s : figures.budget().bySource()) {
            table.row(Labels.of(s.source()), s.envelopeVnd(), s.allocatedVnd(), s.committedVnd(), s.spentVnd(),
                    s.settledVnd(), s.spentPercentOfAllocated());
        }
        var b = figures.budget();
        table.row("Tổng cộng", b.envelopeVnd(), b.allocatedVnd(), b.committedVnd(), b.spentVnd(), b.settledVnd(),
                b.spentPercentOfAllocated());
        return table.build();
    }

    private static Table monthly(Figures figures, List<String> notes) {
        Table.Builder table = Table.named("Theo tháng", "DIỄN BIẾN THEO THÁNG");
        notes.forEach(table::note);
        table.column("Tháng", TEXT).column("Hoạt động đã tổ chức", COUNT).column("Lượt người", COUNT)
                .column("Nữ (lượt)", COUNT).column("Người DTTS (lượt)", COUNT).column("Người mới (không trùng)", COUNT)
                .column("Đã giao (đồng)", MONEY).column("Đã cam kết (đồng)", MONEY).column("Đã chi (đồng)", MONEY)
                .column("Đã quyết toán (đồng)", MONEY).column("Lũy kế lượt người", COUNT)
                .column("Lũy kế số người", COUNT).column("Lũy kế đã chi (đồng)", MONEY);
        for (MonthFigures m : figures.monthly()) {
            table.row(VietnameseFormat.month(m.month()), m.activitiesHeld(), m.personTurns(), m.women(),
                    m.ethnicMinority(), m.newUniquePersons(), m.allocatedVnd(), m.committedVnd(), m.spentVnd(),
                    m.settledVnd(), m.cumulativePersonTurns(), m.cumulativeUniquePersons(), m.cumulativeSpentVnd());
        }
        return table.build();
    }

    private static Table programmes(List<ProgrammeProgress> programmes, Figures totals, List<String> notes) {
        Table.Builder table = programmeColumns(Table.named("Chương trình", "TIẾN ĐỘ THEO CHƯƠNG TRÌNH"), notes);
        for (ProgrammeProgress p : programmes) {
            programmeRow(table, p.programmeName() != null ? p.programmeName() : p.programmeCode(), p.plans(),
                    p.figures(), p.forecast());
        }
        programmeRow(table, "Tổng cộng", programmes.stream().mapToInt(ProgrammeProgress::plans).sum(), totals, null);
        return table.build();
    }

    private static Table nationalProgrammes(NationalOverview overview, List<String> notes) {
        List<String> withStanding = new ArrayList<>(notes);
        for (NationalProgramme p : overview.programmes()) {
            withStanding.add(standing(p.programmeName() != null ? p.programmeName() : p.programmeCode(), p.standing()));
        }
        withStanding.add(standing("Tất cả chương trình", overview.standing()));
        Table.Builder table = programmeColumns(Table.named("Chương trình", "TỔNG HỢP TOÀN QUỐC THEO CHƯƠNG TRÌNH"),
                withStanding);
        for (NationalProgramme p : overview.programmes()) {
            programmeRow(table, p.programmeName() != null ? p.programmeName() : p.programmeCode(), p.plans(),
                    p.figures(), p.forecast());
        }
        programmeRow(table, "Tổng cộng", overview.plans(), overview.totals(), null);
        return table.build();
    }

    /** The provinces one by one, said beside the sums (where one province's surplus hides another's shortfall). */
    private static String standing(String scope, ProvinceStanding standing) {
        return scope + ": " + standing.onCourse() + "/" + (standing.provinces() - standing.withoutData())
                + " tỉnh có số liệu đã đạt hoặc đúng tiến độ, " + standing.withoutData() + " tỉnh chưa có số liệu; "
                + "tỷ lệ lượt người đạt tính theo từng tỉnh (phần vượt của một tỉnh không bù cho tỉnh khác): "
                + (standing.percentWithinTarget() == null ? "—" : VietnameseFormat.percent(standing.percentWithinTarget()));
    }

    private static Table.Builder programmeColumns(Table.Builder table, List<String> notes) {
        notes.forEach(table::note);
        return table.column("Chương trình", TEXT).column("Số kế hoạch", COUNT)
                .column("Số hoạt động kế hoạch", COUNT).column("Số hoạt động đã tổ chức", COUNT)
                .column("Tỷ lệ hoạt động (%)", PERCENT).column("Lượt người mục tiêu", COUNT)
                .column("Lượt người đạt", COUNT).column("Tỷ lệ đạt (%)", PERCENT).column("Nữ (lượt)", COUNT)
                .column("Người DTTS (lượt)", COUNT).column("Số người (không trùng)", COUNT)
                .column("Dự toán (đồng)", MONEY).column("Đã chi (đồng)", MONEY)
                .column("Lượt người dự báo tại hạn", COUNT).column("Trạng thái dự báo", TEXT);
    }

    private static void programmeRow(Table.Builder table, String name, int plans, Figures f, Outlook forecast) {
        table.row(name, plans, f.activities().planned(), f.activities().held(), f.activities().percent(),
                f.personTurns().target(), f.personTurns().achieved(), f.personTurns().percent(),
                f.personTurns().women().count(), f.personTurns().ethnicMinority().count(), f.persons().unique(),
                f.budget().envelopeVnd(), f.budget().spentVnd(),
                forecast == null ? null : projected(forecast.personTurns()),
                forecast == null ? "" : Labels.of(forecast.status()));
    }

    private static Table planRows(List<PlanRow> plans, List<String> notes) {
        Table.Builder table = Table.named("Kế hoạch", "TIẾN ĐỘ CÁC KẾ HOẠCH");
        notes.forEach(table::note);
        table.column("Mã tỉnh", TEXT).column("Kế hoạch", TEXT).column("Số hiệu văn bản", TEXT)
                .column("Chương trình", TEXT).column("Từ ngày", DATE).column("Đến ngày", DATE).column("Hạn", DATE)
                .column("Phiên bản", COUNT).column("Tình trạng", TEXT)
                .column("Số hoạt động kế hoạch", COUNT).column("Số hoạt động đã tổ chức", COUNT)
                .column("Tỷ lệ hoạt động (%)", PERCENT).column("Lượt người mục tiêu", COUNT)
                .column("Lượt người đạt", COUNT).column("Tỷ lệ đạt (%)", PERCENT)
                .column("Số người (không trùng)", COUNT).column("Dự toán (đồng)", MONEY).column("Đã chi (đồng)", MONEY)
                .column("Lượt người dự báo tại hạn", COUNT).column("Trạng thái dự báo", TEXT);
        for (PlanRow p : plans) {
            table.row(p.tenantId(), p.title(), p.documentNumber(), p.programmeCode(), p.periodStart(), p.periodEnd(),
                    p.deadline(), p.version(), Labels.of(p.state()), p.activitiesPlanned(), p.activitiesHeld(),
                    p.activitiesPercent(), p.personTurnTarget(), p.personTurns(), p.personTurnsPercent(),
                    p.uniquePersons(), p.envelopeVnd(), p.spentVnd(), p.projectedPersonTurns(), Labels.of(p.status()));
        }
        return table.build();
    }

    private static Table provinceRows(List<ProvinceRow> rows, List<String> notes) {
        // ordered as the ministry's page orders them by default: who needs attention first
        Table.Builder table = Table.named("Theo tỉnh", "CÁC TỈNH THEO TIẾN ĐỘ (CHẬM TIẾN ĐỘ TRƯỚC)");
        notes.forEach(table::note);
        table.column("Hạng", COUNT).column("Tỉnh", TEXT).column("Mã tỉnh", TEXT).column("Số kế hoạch", COUNT)
                .column("Số hoạt động kế hoạch", COUNT).column("Số hoạt động đã tổ chức", COUNT)
                .column("Lượt người mục tiêu", COUNT).column("Lượt người đạt", COUNT).column("Tỷ lệ đạt (%)", PERCENT)
                .column("Tỷ lệ nữ (%)", PERCENT).column("Tỷ lệ DTTS (%)", PERCENT).column("Dự toán (đồng)", MONEY)
                .column("Đã chi (đồng)", MONEY).column("Lượt người dự báo tại hạn", COUNT)
                .column("Thiếu hụt dự báo (lượt)", COUNT).column("Trạng thái dự báo", TEXT);
        for (ProvinceRow r : rows) {
            table.row(r.rank(), r.province().name(), r.province().tenantId(), r.plans(), r.activitiesPlanned(),
                    r.activitiesHeld(), r.personTurnTarget(), r.personTurns(), r.personTurnsPercent(), r.womenShare(),
                    r.ethnicMinorityShare(), r.envelopeVnd(), r.spentVnd(), r.projectedPersonTurns(),
                    r.shortfallPersonTurns(), r.hasData() ? Labels.of(r.status()) : "Chưa có số liệu");
        }
        return table.build();
    }

    // --- helpers ---

    private static Long projected(Forecast forecast) {
        return forecast == null ? null : forecast.projectedAtDeadline();
    }

    private static String status(Forecast forecast) {
        return forecast == null ? "" : Labels.of(forecast.status());
    }

    private static List<String> notes(String subject, LocalDate asOf, Instant dataAsOf) {
        return List.of(subject, asOf(asOf, dataAsOf));
    }

    private static String asOf(LocalDate asOf, Instant dataAsOf) {
        String data = dataAsOf == null ? "chưa có số liệu" : "số liệu cập nhật đến "
                + DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(LocalDateTime.ofInstant(dataAsOf, ProgressViews.VIETNAM));
        return "Ngày báo cáo: " + VietnameseFormat.date(asOf) + "; " + data;
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** The two formats a report is offered in. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv; charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        Report report(String name, byte[] content) {
            return new Report(name + "." + extension, content, contentType);
        }
    }
}
