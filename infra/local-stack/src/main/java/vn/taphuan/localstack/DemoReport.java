package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The progress report printed when the local stack is up: for each demo plan, per target line, activities held
 * against planned, person-turns against target, unique persons and money spent — as reporting-service computes
 * them from the events, nothing computed here.
 */
final class DemoReport {

    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The forecast statuses in the dashboards' words. */
    private static final Map<String, String> STATUS = Map.of("REACHED", "đã đạt", "ON_TRACK", "đúng tiến độ",
            "AT_RISK", "có nguy cơ chậm", "OFF_TRACK", "chậm tiến độ");

    static long personTurns(JsonNode progress) {
        return progress.at("/totals/personTurns/achieved").asLong(-1);
    }

    static String render(LocalStack stack, DemoSummary summary) {
        Api analyst = new Api(stack.token(DemoUsers.ANALYST));
        StringBuilder text = new StringBuilder("\nTiến độ dữ liệu trình diễn (demo progress, from reporting-service):\n");
        summary.plans().forEach((tenant, planId) -> {
            JsonNode progress = analyst.get(stack.url("reporting") + "/api/v1/progress/plans/" + planId + "?tenant=" + tenant);
            text.append("\n  ").append(progress.path("tenantName").asString(tenant)).append(" — ")
                    .append(progress.at("/plan/title").asString()).append('\n');
            text.append(String.format("    %-58s %15s %21s %9s %22s%n", "chỉ tiêu (target line)", "hoạt động",
                    "lượt người (%)", "số người", "đã chi (đồng)"));
            for (JsonNode line : progress.path("lines")) {
                JsonNode figures = line.path("figures");
                String description = line.path("description").asString(line.path("lineId").asString());
                text.append(String.format("    %-58s %15s %21s %9s %22s%n",
                        description.length() > 58 ? description.substring(0, 57) + "…" : description,
                        figures.at("/activities/held").asLong() + "/" + figures.at("/activities/planned").asLong(),
                        personTurnsCell(figures.at("/personTurns/achieved").asLong(),
                                figures.at("/personTurns/target").asLong(), figures.at("/personTurns/percent")),
                        format(figures.at("/persons/unique").asLong()),
                        format(figures.at("/budget/spentVnd").asLong())));
            }
            String status = progress.at("/forecast/status").asString("");
            text.append("    dự báo đến hạn ").append(DATE.format(LocalDate.parse(progress.at("/plan/deadline").asString())))
                    .append(" (forecast to the deadline): ").append(STATUS.getOrDefault(status, "chưa đánh giá"))
                    .append(status.isEmpty() ? "" : " (" + status + ")").append('\n');
        });
        return text.toString();
    }

    /** "1.524/7.500 (20,3 %)"; a line without a person-turn target (workshops, study tours) shows its count alone. */
    private static String personTurnsCell(long achieved, long target, JsonNode percent) {
        return target > 0 ? format(achieved) + "/" + format(target) + percent(percent) : format(achieved);
    }

    private static String percent(JsonNode value) {
        return value.isNumber() ? " (" + String.format(Locale.forLanguageTag("vi-VN"), "%.1f", value.asDouble()) + " %)" : "";
    }

    private static String format(long value) {
        return NUMBER.format(value);
    }

    private DemoReport() {
    }
}
