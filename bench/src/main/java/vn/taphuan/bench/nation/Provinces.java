package vn.taphuan.bench.nation;

import java.util.List;

/**
 * The 34 provinces and centrally run cities from 1 July 2025 (Nghị quyết 202/2025/QH15), with the tenant ids and
 * codes of plan-service's administrative-unit registry. The load weight is roughly the population (millions) times
 * how much of it the programmes reach ({@code 0.3 + minority share}); minority shares are of the programmes'
 * learners and the groups those of the area — both approximate, for a plausible mix.
 */
public final class Provinces {

    public static final List<Province> ALL = List.of(
            province("ha-noi", "Hà Nội", "01", 8.7, 0.02, "Mường", "Dao", "Tày"),
            province("hue", "Huế", "46", 1.2, 0.05, "Tà-ôi", "Cơ-tu", "Bru-Vân Kiều"),
            province("lai-chau", "Lai Châu", "12", 0.5, 0.85, "Thái", "Mông", "Hà Nhì", "Dao", "Giáy"),
            province("dien-bien", "Điện Biên", "11", 0.6, 0.82, "Thái", "Mông", "Khơ-mú", "Dao"),
            province("son-la", "Sơn La", "14", 1.3, 0.84, "Thái", "Mông", "Mường", "Dao"),
            province("lang-son", "Lạng Sơn", "20", 0.8, 0.84, "Nùng", "Tày", "Dao"),
            province("quang-ninh", "Quảng Ninh", "22", 1.4, 0.12, "Dao", "Tày", "Sán Dìu", "Sán Chay"),
            province("thanh-hoa", "Thanh Hóa", "38", 3.8, 0.18, "Mường", "Thái", "Mông"),
            province("nghe-an", "Nghệ An", "40", 3.5, 0.15, "Thái", "Khơ-mú", "Mông"),
            province("ha-tinh", "Hà Tĩnh", "42", 1.3, 0.01, "Chứt", "Lào"),
            province("cao-bang", "Cao Bằng", "04", 0.5, 0.95, "Tày", "Nùng", "Mông", "Dao"),
            province("tuyen-quang", "Tuyên Quang", "08", 1.9, 0.75, "Tày", "Mông", "Dao", "Nùng"),
            province("lao-cai", "Lào Cai", "15", 1.7, 0.62, "Mông", "Tày", "Dao", "Thái", "Giáy"),
            province("thai-nguyen", "Thái Nguyên", "19", 1.8, 0.40, "Tày", "Nùng", "Dao", "Sán Chay"),
            province("phu-tho", "Phú Thọ", "25", 4.0, 0.30, "Mường", "Dao", "Sán Dìu"),
            province("bac-ninh", "Bắc Ninh", "24", 3.6, 0.10, "Tày", "Nùng", "Sán Chay", "Sán Dìu"),
            province("hung-yen", "Hưng Yên", "33", 3.6, 0.01, "Mường", "Tày"),
            province("hai-phong", "Hải Phòng", "31", 4.7, 0.01, "Hoa", "Tày"),
            province("ninh-binh", "Ninh Bình", "37", 4.4, 0.03, "Mường", "Tày"),
            province("quang-tri", "Quảng Trị", "44", 1.9, 0.08, "Bru-Vân Kiều", "Tà-ôi", "Chứt"),
            province("da-nang", "Đà Nẵng", "48", 3.1, 0.08, "Cơ-tu", "Xơ-đăng", "Gié-Triêng"),
            province("quang-ngai", "Quảng Ngãi", "51", 2.2, 0.35, "Hrê", "Xơ-đăng", "Ba-na", "Gié-Triêng"),
            province("gia-lai", "Gia Lai", "52", 3.6, 0.30, "Gia-rai", "Ba-na"),
            province("khanh-hoa", "Khánh Hòa", "56", 2.2, 0.12, "Ra-glai", "Chăm", "Cơ-ho"),
            province("lam-dong", "Lâm Đồng", "68", 3.9, 0.22, "Cơ-ho", "Mạ", "Mnông", "Chu-ru"),
            province("dak-lak", "Đắk Lắk", "66", 3.4, 0.28, "Ê-đê", "Mnông", "Gia-rai", "Nùng", "Tày"),
            province("ho-chi-minh", "TP Hồ Chí Minh", "79", 14.0, 0.04, "Hoa", "Khơ-me", "Chơ-ro"),
            province("dong-nai", "Đồng Nai", "75", 4.5, 0.09, "Xtiêng", "Hoa", "Nùng", "Tày", "Chơ-ro"),
            province("tay-ninh", "Tây Ninh", "80", 3.3, 0.01, "Khơ-me", "Chăm"),
            province("can-tho", "Cần Thơ", "92", 4.2, 0.15, "Khơ-me", "Hoa"),
            province("vinh-long", "Vĩnh Long", "86", 4.3, 0.10, "Khơ-me", "Hoa"),
            province("dong-thap", "Đồng Tháp", "82", 4.4, 0.01, "Khơ-me", "Hoa"),
            province("ca-mau", "Cà Mau", "96", 2.6, 0.05, "Khơ-me", "Hoa"),
            province("an-giang", "An Giang", "91", 4.9, 0.08, "Khơ-me", "Chăm", "Hoa"));

    private static Province province(String tenantId, String name, String code, double populationMillions,
                                     double minorityShare, String... groups) {
        return new Province(tenantId, name, code, populationMillions * (0.3 + minorityShare), minorityShare,
                List.of(groups));
    }

    private Provinces() {
    }
}
