package vn.taphuan.reporting.export;

import vn.taphuan.reporting.closeout.CloseoutReport;
import vn.taphuan.reporting.closeout.CloseoutReport.Gap;
import vn.taphuan.reporting.closeout.CloseoutReport.PlanResult;
import vn.taphuan.reporting.closeout.CloseoutReport.ProgrammeResult;
import vn.taphuan.reporting.closeout.CloseoutReport.ProvinceResult;
import vn.taphuan.reporting.closeout.CloseoutReport.Result;
import vn.taphuan.reporting.closeout.CloseoutReport.Shortfall;
import vn.taphuan.reporting.progress.Figures.SourceFigures;
import vn.taphuan.reporting.progress.VietnameseFormat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static vn.taphuan.reporting.export.Table.Type.COUNT;
import static vn.taphuan.reporting.export.Table.Type.DATE;
import static vn.taphuan.reporting.export.Table.Type.MONEY;
import static vn.taphuan.reporting.export.Table.Type.PERCENT;
import static vn.taphuan.reporting.export.Table.Type.TEXT;

/**
 * The close-out report (báo cáo tổng kết) as a Vietnamese workbook: Tổng hợp (per programme), Chưa đạt (each target
 * not reached, by how much), Kinh phí (money by source), Kế hoạch (each plan), and nationwide Theo tỉnh.
 */
public final class CloseoutWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The file's name: {@code tong-ket-2021-2025-bac-giang.xlsx}, {@code tong-ket-2021-2025-toan-quoc.xlsx}. */
    public static String fileName(CloseoutReport report) {
        String scope = report.tenantId() == null ? "toan-quoc" : report.tenantId().replaceAll("[^A-Za-z0-9._-]", "-");
        return "tong-ket-" + report.phase() + "-" + scope + ".xlsx";
    }

    public static byte[] xlsx(CloseoutReport report) {
        List<String> notes = notes(report);
        List<Table> sheets = new ArrayList<>();
        sheets.add(summary(report, notes));
        sheets.add(notReached(report, notes));
        sheets.add(money(report, notes));
        sheets.add(plans(report, notes));
        if ("NATIONAL".equals(report.scope())) {
            sheets.add(provinces(report, notes));
        }
        return Workbooks.xlsx(sheets);
    }

    private static Table summary(CloseoutReport report, List<String> notes) {
        Table.Builder table = Table.named("Tổng hợp", "BÁO CÁO TỔNG KẾT " + report.phase() + ": KẾT QUẢ ĐÀO TẠO, "
                + "TẬP HUẤN SO VỚI MỤC TIÊU " + report.phaseEnd().getYear());
        notes.forEach(table::note);
        resultColumns(table.column("Chương trình", TEXT));
        for (ProgrammeResult p : report.programmes()) {
            resultRow(table, p.programmeName() != null ? p.programmeName() : p.programmeCode(), p.result());
        }
        resultRow(table, "Tổng cộng", report.total());
        return table.build();
    }

    private static Table notReached(CloseoutReport report, List<String> notes) {
        Table.Builder table = Table.named("Chưa đạt", "CÁC CHỈ TIÊU CHƯA ĐẠT VÀ MỨC CÒN THIẾU");
        notes.forEach(table::note);
        table.note("Mỗi dòng chỉ tiêu tính riêng: phần vượt của dòng này không bù cho dòng khác. Với tỷ lệ tối thiểu "
                + "(nữ, DTTS), số còn thiếu là số lượt người cần thêm để đạt tỷ lệ.");
        table.column("Mã tỉnh", TEXT).column("Kế hoạch", TEXT).column("Chương trình", TEXT).column("Mã dòng", TEXT)
                .column("Nội dung", TEXT).column("Chỉ tiêu", TEXT).column("Mục tiêu", COUNT).column("Đạt", COUNT)
                .column("Còn thiếu", COUNT).column("Tỷ lệ đạt (%)", PERCENT);
        for (Shortfall s : report.notReached()) {
            table.row(s.tenantId(), s.planTitle(), s.programmeCode(), s.lineId(),
                    s.lineDescription() == null ? "" : s.lineDescription(), s.measureVi(), s.target(), s.achieved(),
                    s.shortfall(), s.percent());
        }
        return table.build();
    }

    private static Table money(CloseoutReport report, List<String> notes) {
        Table.Builder table = Table.named("Kinh phí", "KINH PHÍ THEO NGUỒN VÀ CHI PHÍ BÌNH QUÂN");
        notes.forEach(table::note);
        table.column("Chương trình", TEXT).column("Nguồn kinh phí", TEXT).column("Dự toán (đồng)", MONEY)
                .column("Đã giao (đồng)", MONEY).column("Đã chi (đồng)", MONEY).column("Đã quyết toán (đồng)", MONEY)
                .column("Tỷ lệ chi so với giao (%)", PERCENT).column("Chi phí bình quân một lượt người (đồng)", MONEY);
        List<ProgrammeResult> all = new ArrayList<>(report.programmes());
        all.add(new ProgrammeResult(null, "Tổng cộng", null, report.total()));
        for (ProgrammeResult p : all) {
            String name = p.programmeName() != null ? p.programmeName() : p.programmeCode();
            for (SourceFigures s : p.result().budget().bySource()) {
                table.row(name, Labels.of(s.source()), s.envelopeVnd(), s.allocatedVnd(), s.spentVnd(), s.settledVnd(),
                        s.spentPercentOfAllocated(), null);
            }
            var b = p.result().budget();
            table.row(name, "Cộng các nguồn", b.envelopeVnd(), b.allocatedVnd(), b.spentVnd(), b.settledVnd(),
                    b.spentPercentOfAllocated(), b.costPerPersonTurnVnd());
        }
        return table.build();
    }

    private static Table plans(CloseoutReport report, List<String> notes) {
        Table.Builder table = Table.named("Kế hoạch", "KẾT QUẢ TỪNG KẾ HOẠCH");
        notes.forEach(table::note);
        table.column("Mã tỉnh", TEXT).column("Kế hoạch", TEXT).column("Số hiệu văn bản", TEXT)
                .column("Chương trình", TEXT).column("Từ ngày", DATE).column("Đến ngày", DATE).column("Hạn", DATE)
                .column("Tình trạng", TEXT).column("Ngày khép lại", DATE)
                .column("Thay đổi sau khép lại (không tính)", COUNT);
        resultColumns(table);
        for (PlanResult p : report.plans()) {
            List<Object> values = new ArrayList<>(List.of(p.tenantId(), p.title(), text(p.documentNumber()),
                    p.programmeCode(), p.periodStart(), p.periodEnd(), p.deadline(),
                    p.closedOutOn() != null ? "Đã khép lại" : Labels.of(p.state())));
            values.add(p.closedOutOn());
            values.add(p.changesAfterCloseOut());
            values.addAll(resultValues(p.result()));
            table.row(values.toArray());
        }
        return table.build();
    }

    private static Table provinces(CloseoutReport report, List<String> notes) {
        Table.Builder table = Table.named("Theo tỉnh", "KẾT QUẢ THEO TỈNH VÀ CHƯƠNG TRÌNH");
        notes.forEach(table::note);
        table.column("Tỉnh", TEXT).column("Mã tỉnh", TEXT).column("Chương trình", TEXT);
        resultColumns(table);
        for (ProvinceResult p : report.provinces()) {
            List<Object> values = new ArrayList<>(List.of(p.name(), p.tenantId(),
                    p.programmeName() != null ? p.programmeName() : p.programmeCode()));
            values.addAll(resultValues(p.result()));
            table.row(values.toArray());
        }
        return table.build();
    }

    private static void resultColumns(Table.Builder table) {
        table.column("Số kế hoạch", COUNT).column("Đã khép lại", COUNT)
                .column("Số hoạt động kế hoạch", COUNT).column("Số hoạt động đã tổ chức", COUNT)
                .column("Tỷ lệ hoạt động (%)", PERCENT).column("Hoạt động còn thiếu", COUNT)
                .column("Lượt người mục tiêu", COUNT).column("Lượt người đạt", COUNT).column("Tỷ lệ đạt (%)", PERCENT)
                .column("Lượt người còn thiếu", COUNT)
                .column("Nữ (lượt)", COUNT).column("Tỷ lệ nữ (%)", PERCENT).column("Nữ còn thiếu (lượt)", COUNT)
                .column("Người DTTS (lượt)", COUNT).column("Tỷ lệ DTTS (%)", PERCENT)
                .column("DTTS còn thiếu (lượt)", COUNT)
                .column("Số người (không trùng)", COUNT).column("Số người phải đào tạo theo danh sách", COUNT)
                .column("Số người đã đào tạo theo danh sách", COUNT).column("Độ bao phủ (%)", PERCENT)
                .column("Dự toán (đồng)", MONEY).column("Đã chi (đồng)", MONEY).column("Đã quyết toán (đồng)", MONEY)
                .column("Chi phí bình quân một lượt người (đồng)", MONEY).column("Số dòng chỉ tiêu chưa đạt", COUNT);
    }

    private static void resultRow(Table.Builder table, String name, Result r) {
        List<Object> values = new ArrayList<>();
        values.add(name);
        values.addAll(resultValues(r));
        table.row(values.toArray());
    }

    private static List<Object> resultValues(Result r) {
        Gap a = r.activities();
        Gap p = r.personTurns();
        Gap c = r.coverage();
        var b = r.budget();
        return java.util.Arrays.asList(r.plans(), r.plansClosedOut(), a.target(), a.achieved(), a.percent(),
                a.shortfall(), p.target(), p.achieved(), p.percent(), p.shortfall(), r.women().count(),
                r.women().share(), r.womenShortfall(), r.ethnicMinority().count(), r.ethnicMinority().share(),
                r.ethnicMinorityShortfall(), r.uniquePersons(), c == null ? null : c.target(),
                c == null ? null : c.achieved(), c == null ? null : c.percent(), b.envelopeVnd(), b.spentVnd(),
                b.settledVnd(), b.costPerPersonTurnVnd(), r.linesNotReached());
    }

    private static List<String> notes(CloseoutReport report) {
        List<String> notes = new ArrayList<>();
        notes.add(("NATIONAL".equals(report.scope()) ? "Toàn quốc" : "Tỉnh " + report.scopeName()) + "; "
                + report.phaseVi() + " (" + VietnameseFormat.date(report.phaseStart()) + " – "
                + VietnameseFormat.date(report.phaseEnd()) + ")");
        notes.add("Ngày báo cáo: " + VietnameseFormat.date(report.asOf()) + "; " + (report.dataAsOf() == null
                ? "chưa có số liệu" : "số liệu cập nhật đến " + DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                .format(LocalDateTime.ofInstant(report.dataAsOf(), vn.taphuan.reporting.views.ProgressViews.VIETNAM))));
        notes.add("Số liệu của kế hoạch đã khép lại là số liệu chốt tại thời điểm khép lại; các thay đổi ghi nhận sau "
                + "đó được lưu nhưng không tính.");
        return notes;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private CloseoutWorkbook() {
    }
}
