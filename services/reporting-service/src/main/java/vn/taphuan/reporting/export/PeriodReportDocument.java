package vn.taphuan.reporting.export;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import vn.taphuan.kit.security.Role;
import vn.taphuan.reporting.periodreport.PeriodReports;
import vn.taphuan.reporting.periodreport.ReportFigures;
import vn.taphuan.reporting.periodreport.ReportState;
import vn.taphuan.reporting.periodreport.ReportView;
import vn.taphuan.reporting.periodreport.SignOff;
import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.reporting.progress.Percent;
import vn.taphuan.reporting.progress.VietnameseFormat;
import vn.taphuan.reporting.views.ProgressViews;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A period's report of a province in the layout of a progress report (báo cáo kết quả thực hiện): the province's
 * heading, the title with the period and its dates, whether the figures are official (approved) or provisional, a
 * summary of the plans, a table per plan of its target lines with the officer's comments, and the sign-offs — as an
 * Excel workbook or a printable A4 page (no scripts, every text escaped).
 */
@Service
public class PeriodReportDocument {

    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ProgressViews.VIETNAM);
    static final String OFFICIAL = "SỐ LIỆU CHÍNH THỨC (ĐÃ PHÊ DUYỆT)";
    static final String PROVISIONAL = "SỐ LIỆU TẠM THỜI (CHƯA PHÊ DUYỆT)";

    private final PeriodReports reports;

    PeriodReportDocument(PeriodReports reports) {
        this.reports = reports;
    }

    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        HTML("html", "text/html; charset=UTF-8");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    /** The report {@code reportId} of the current province in {@code format}. */
    public ProgressReports.Report export(String reportId, Format format) {
        PeriodReports.Exported exported = reports.exported(reportId);
        Layout layout = layout(exported.view(), exported.figures());
        byte[] content = format == Format.XLSX ? Workbooks.xlsx(layout.sheets()) : html(layout);
        return new ProgressReports.Report("bao-cao-" + reportId + "." + format.extension, content, format.contentType);
    }

    /** The heading lines above every table, and the tables. */
    record Layout(String province, String title, List<String> heading, String standing, List<Table> tables) {

        /** Every sheet carries the heading, so each prints as a page of the report. */
        List<Table> sheets() {
            List<Table> sheets = new ArrayList<>();
            for (Table table : tables) {
                List<String> notes = new ArrayList<>();
                notes.add(title);
                notes.addAll(heading);
                notes.add(standing);
                notes.add(table.title());
                notes.addAll(table.notes());
                sheets.add(new Table(table.sheet(), province, notes, table.columns(), table.rows()));
            }
            return sheets;
        }
    }

    static boolean official(ReportState state) {
        return state == ReportState.APPROVED || state == ReportState.ACCEPTED;
    }

    static Layout layout(ReportView view, ReportFigures figures) {
        String province = ("ỦY BAN NHÂN DÂN " + unit(view.provinceName())).toUpperCase(Locale.forLanguageTag("vi"));
        String programme = view.programmeName() == null ? view.programmeCode() : view.programmeName();
        String title = "BÁO CÁO KẾT QUẢ THỰC HIỆN " + programme.toUpperCase(Locale.forLanguageTag("vi")) + " KỲ "
                + view.titleVi().toUpperCase(Locale.forLanguageTag("vi"));
        List<String> heading = List.of(
                "Kỳ báo cáo: " + view.titleVi() + " (từ ngày " + VietnameseFormat.date(view.firstDay()) + " đến ngày "
                        + VietnameseFormat.date(view.lastDay()) + "); hạn nộp " + VietnameseFormat.date(view.deadline()),
                "Mã báo cáo: " + view.reportId() + "; trạng thái: " + view.state().labelVi()
                        + (view.revision() > 0 ? "; lần nộp " + view.revision() : ""),
                "Số liệu tính đến " + (view.figuresAsOf() == null ? "" : SIGNED.format(view.figuresAsOf()))
                        + (view.frozen() ? " (đóng băng khi nộp)" : " (số liệu hiện tại, chưa nộp)"));
        String standing = official(view.state()) ? OFFICIAL : PROVISIONAL;
        List<Table> tables = new ArrayList<>();
        tables.add(summary(view, figures));
        int n = 0;
        for (ReportView.PlanView plan : view.plans()) {
            tables.add(plan(++n, plan, figures));
        }
        tables.add(signOffs(view));
        return new Layout(province, title, heading, standing, tables);
    }

    /** The six centrally governed cities of 2025 are "thành phố", every other province "tỉnh". */
    private static final java.util.Set<String> CITIES = java.util.Set.of("Hà Nội", "Hải Phòng", "Đà Nẵng", "Huế",
            "Cần Thơ", "Hồ Chí Minh");

    static String unit(String provinceName) {
        if (provinceName.regionMatches(true, 0, "thành phố ", 0, 10) || provinceName.regionMatches(true, 0, "tỉnh ", 0, 5)) {
            return provinceName;
        }
        return (CITIES.contains(provinceName) ? "thành phố " : "tỉnh ") + provinceName;
    }

    private static Table summary(ReportView view, ReportFigures figures) {
        Table.Builder table = Table.named("Tổng hợp", "I. TỔNG HỢP CÁC KẾ HOẠCH")
                .column("Kế hoạch", Table.Type.TEXT)
                .column("Số văn bản", Table.Type.TEXT)
                .column("Mục tiêu (lượt người)", Table.Type.COUNT)
                .column("Thực hiện trong kỳ (lượt người)", Table.Type.COUNT)
                .column("Lũy kế (lượt người)", Table.Type.COUNT)
                .column("% mục tiêu (lũy kế)", Table.Type.PERCENT)
                .column("Nữ trong kỳ (%)", Table.Type.PERCENT)
                .column("DTTS trong kỳ (%)", Table.Type.PERCENT)
                .column("Hoạt động tổ chức trong kỳ", Table.Type.COUNT)
                .column("Kinh phí giải ngân trong kỳ (đồng)", Table.Type.MONEY)
                .column("Kinh phí lũy kế (đồng)", Table.Type.MONEY);
        table.note(view.total().headlineVi());
        for (ReportView.PlanView plan : view.plans()) {
            summaryRow(table, plan.title(), plan.documentNumber(), plan.figures(),
                    figures == null ? null : figures.cumulativeOf(plan.planId(), null));
        }
        summaryRow(table, "Tổng cộng", null, view.total(), figures == null ? null : figures.cumulativeOf(null, null));
        return table.build();
    }

    private static void summaryRow(Table.Builder table, String name, String document, PeriodReport.Line period,
                                   PeriodReport.Line cumulative) {
        table.row(name, document, period.personTurnTarget(), period.personTurns(),
                cumulative == null ? null : cumulative.personTurns(),
                cumulative == null ? null : Percent.of(cumulative.personTurns(), cumulative.personTurnTarget()),
                share(period.women(), period.personTurns()), share(period.ethnicMinority(), period.personTurns()),
                period.activitiesHeld(), period.spentVnd(), cumulative == null ? null : cumulative.spentVnd());
    }

    private static Table plan(int n, ReportView.PlanView plan, ReportFigures figures) {
        Table.Builder table = Table.named("Kế hoạch " + n, "II." + n + ". KẾ HOẠCH: " + plan.title()
                        + (plan.documentNumber() == null ? "" : " (" + plan.documentNumber() + ")"))
                .column("Dòng chỉ tiêu", Table.Type.TEXT)
                .column("Mục tiêu (lượt người)", Table.Type.COUNT)
                .column("Thực hiện trong kỳ (lượt người)", Table.Type.COUNT)
                .column("Lũy kế (lượt người)", Table.Type.COUNT)
                .column("% mục tiêu (lũy kế)", Table.Type.PERCENT)
                .column("Nữ trong kỳ (lượt người)", Table.Type.COUNT)
                .column("Tỷ lệ nữ (%)", Table.Type.PERCENT)
                .column("DTTS trong kỳ (lượt người)", Table.Type.COUNT)
                .column("Tỷ lệ DTTS (%)", Table.Type.PERCENT)
                .column("Kinh phí giải ngân trong kỳ (đồng)", Table.Type.MONEY)
                .column("Ý kiến của cán bộ (lý do chậm, đề xuất)", Table.Type.TEXT);
        for (ReportView.LineView line : plan.lines()) {
            PeriodReport.Line f = line.figures();
            PeriodReport.Line cumulative = figures == null ? null : figures.cumulativeOf(plan.planId(), line.lineId());
            table.row(line.description() == null ? line.lineId() : line.description(), f.personTurnTarget(),
                    f.personTurns(), cumulative == null ? null : cumulative.personTurns(),
                    cumulative == null ? null : Percent.of(cumulative.personTurns(), cumulative.personTurnTarget()),
                    f.women(), share(f.women(), f.personTurns()), f.ethnicMinority(),
                    share(f.ethnicMinority(), f.personTurns()), f.spentVnd(), line.comment());
        }
        return table.build();
    }

    private static Table signOffs(ReportView view) {
        Table.Builder table = Table.named("Ký duyệt", "III. XÁC NHẬN, PHÊ DUYỆT")
                .column("Bước", Table.Type.TEXT)
                .column("Họ và tên", Table.Type.TEXT)
                .column("Chức trách", Table.Type.TEXT)
                .column("Thời gian", Table.Type.TEXT)
                .column("Lần nộp", Table.Type.COUNT)
                .column("Lý do", Table.Type.TEXT);
        if (view.signOffs().isEmpty()) {
            table.note("Báo cáo chưa được nộp.");
        }
        for (SignOff signOff : view.signOffs()) {
            String step = signOff.step().labelVi();
            table.row(Character.toUpperCase(step.charAt(0)) + step.substring(1), signOff.name(),
                    role(signOff.role(), signOff.ministry()), SIGNED.format(signOff.at()), (long) signOff.revision(),
                    signOff.reason());
        }
        return table.build();
    }

    private static String role(Role role, String ministry) {
        return switch (role) {
            case PROVINCE_OFFICER -> "Cán bộ tỉnh";
            case PROVINCE_ADMIN -> "Lãnh đạo tỉnh (quản trị tỉnh)";
            case PROVINCE_VIEWER -> "Người xem của tỉnh";
            case MINISTRY_ANALYST -> "Chuyên viên bộ" + (ministry == null ? "" : " " + ministry);
            case PLATFORM_ADMIN -> "Quản trị hệ thống";
        };
    }

    private static BigDecimal share(long part, long whole) {
        return Percent.of(part, whole);
    }

    /** The printable page: A4, bordered tables, no script, every text escaped. */
    static byte[] html(Layout layout) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(layout.title())).append("</title>\n<style>\n")
                .append("@page { size: A4; margin: 15mm; }\n")
                .append("body { font-family: 'Times New Roman', serif; font-size: 12pt; color: #000; }\n")
                .append(".province { font-weight: bold; }\n")
                .append("h1 { font-size: 14pt; text-align: center; margin: 12pt 0 4pt; }\n")
                .append("h2 { font-size: 12pt; margin: 12pt 0 4pt; }\n")
                .append(".standing { text-align: center; font-weight: bold; border: 2px solid #000; padding: 4pt; }\n")
                .append("table { border-collapse: collapse; width: 100%; page-break-inside: auto; }\n")
                .append("th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }\n")
                .append("td.n { text-align: right; white-space: nowrap; }\n")
                .append("tr { page-break-inside: avoid; }\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<p class=\"province\">").append(escape(layout.province())).append("</p>\n")
                .append("<h1>").append(escape(layout.title())).append("</h1>\n");
        for (String line : layout.heading()) {
            html.append("<p>").append(escape(line)).append("</p>\n");
        }
        html.append("<p class=\"standing\">").append(escape(layout.standing())).append("</p>\n");
        for (Table table : layout.tables()) {
            html.append("<h2>").append(escape(table.title())).append("</h2>\n");
            for (String note : table.notes()) {
                html.append("<p>").append(escape(note)).append("</p>\n");
            }
            html.append("<table>\n<thead><tr>");
            table.columns().forEach(c -> html.append("<th>").append(escape(c.header())).append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            for (List<Object> row : table.rows()) {
                html.append("<tr>");
                for (int c = 0; c < row.size(); c++) {
                    Table.Type type = table.columns().get(c).type();
                    html.append(type == Table.Type.TEXT ? "<td>" : "<td class=\"n\">")
                            .append(escape(Workbooks.text(row.get(c), type))).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
