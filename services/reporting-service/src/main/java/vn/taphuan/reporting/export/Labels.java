package vn.taphuan.reporting.export;

import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ForecastStatus;
import vn.taphuan.reporting.progress.FundingSource;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;
import vn.taphuan.reporting.progress.TargetGroup;

/** Vietnamese names of the codes reports print. */
final class Labels {

    static String of(ActivityKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case TRAINING_CLASS -> "Lớp đào tạo, tập huấn";
            case WORKSHOP -> "Hội thảo";
            case STUDY_TOUR -> "Đoàn học tập kinh nghiệm";
            case E_LEARNING_COHORT -> "Lớp trực tuyến (e-learning)";
        };
    }

    static String of(TargetGroup group) {
        if (group == null) {
            return "";
        }
        return switch (group) {
            case COMMUNITY -> "Cộng đồng";
            case CADRE -> "Cán bộ";
        };
    }

    static String of(Level level) {
        if (level == null) {
            return "";
        }
        return switch (level) {
            case PROVINCE -> "Cấp tỉnh";
            case DISTRICT -> "Cấp huyện";
            case COMMUNE -> "Cấp xã";
            case VILLAGE -> "Cấp thôn";
            case COMMUNITY -> "Cộng đồng";
        };
    }

    static String of(ForecastStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case REACHED -> "Đã đạt";
            case ON_TRACK -> "Đúng tiến độ";
            case AT_RISK -> "Có nguy cơ chậm";
            case OFF_TRACK -> "Chậm tiến độ";
        };
    }

    static String of(FundingSource source) {
        return switch (source) {
            case CENTRAL -> "Ngân sách trung ương (sự nghiệp)";
            case CENTRAL_INVESTMENT -> "Ngân sách trung ương (đầu tư)";
            case PROVINCE -> "Ngân sách tỉnh";
            case DISTRICT -> "Ngân sách huyện";
            case COMMUNE -> "Ngân sách xã";
            case SOCIAL -> "Xã hội hóa";
            case OTHER -> "Nguồn hợp pháp khác";
        };
    }

    static String of(PlanState state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case IN_FORCE -> "Đang thực hiện";
            case CLOSED -> "Đã kết thúc";
        };
    }

    private Labels() {
    }
}
