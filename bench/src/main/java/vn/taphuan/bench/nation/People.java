package vn.taphuan.bench.nation;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Derives a person from their number: Vietnamese names in the customs of their ethnic group, gender, year of birth,
 * ethnicity by the province's mix, job title by their group, unit, and a CCCD number that is unique in the province
 * because it ends with the number. Nothing is stored: the same number always gives the same person.
 */
final class People {

    private static final String[] KINH = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Phan", "Võ", "Huỳnh", "Trương", "Đinh"};
    private static final String[] NORTHERN_UPLAND = {"Hoàng", "Nông", "Lương", "Vi", "Hà", "Triệu", "Lục", "Chu", "Hứa",
            "Bế", "Lâm", "Đinh", "Ma", "Lành"};
    private static final String[] THAI = {"Lò", "Lường", "Cầm", "Quàng", "Vì", "Tòng", "Hà", "Lữ", "Điêu", "Mè"};
    private static final String[] HIGHLAND_NORTH = {"Giàng", "Sùng", "Vàng", "Thào", "Lý", "Hầu", "Mùa", "Tráng",
            "Bàn", "Triệu", "Đặng", "Chảo", "Lồ", "Ly"};
    private static final String[] MUONG = {"Đinh", "Bùi", "Quách", "Hà", "Xa", "Cao"};
    private static final String[] CENTRAL_HIGHLANDS = {"Ksor", "Siu", "Rơ Mah", "Nay", "Kpă", "Rơ Châm", "Niê", "Byă",
            "Đinh", "Hồ", "Y", "Alăng", "Bh'riu"};
    private static final String[] KHMER = {"Thạch", "Sơn", "Danh", "Kim", "Lâm", "Chau", "Lý", "Huỳnh"};
    private static final String[] HOA = {"Lâm", "Trần", "Quách", "Lý", "Mã", "Diệp", "Tăng", "Hứa"};
    private static final String[] CHAM = {"Đàng", "Thành", "Quảng", "Thiên", "Báo", "Châu"};

    private static final String[] MIDDLE_MEN = {"Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Công", "Thanh"};
    private static final String[] MIDDLE_WOMEN = {"Thị", "Thị Thu", "Thị Thanh", "Thị Hồng", "Thị Ngọc", "Thị Mai"};
    private static final String[] GIVEN_MEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Mạnh",
            "Nam", "Phong", "Quân", "Sơn", "Thắng", "Toàn", "Tuấn", "Việt", "Vinh", "Páo", "Sình", "Chiến", "Lâm"};
    private static final String[] GIVEN_WOMEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
            "Liên", "Linh", "Mai", "Nga", "Nhung", "Phương", "Thảo", "Trang", "Yến", "Mỷ", "Sua", "Dợ", "Pằng"};
    private static final String[] HIGHLAND_GIVEN = {"Blơi", "Hyung", "Thơ", "Nhi", "Hlen", "Bia", "Kim", "Ding", "Yơn",
            "Krông", "Đoan", "Bhưa", "Lin", "Lan"};
    private static final String[] KHMER_GIVEN = {"Sô Phanh", "Sa Rươn", "Sóc Khanh", "Ra Ni", "Sa Vy", "Thươl",
            "Phal", "Sóc Kha", "Sô Kha", "Chanh Thu"};

    private static final Map<String, String[]> FAMILY_BY_GROUP = Map.ofEntries(
            Map.entry("Tày", NORTHERN_UPLAND), Map.entry("Nùng", NORTHERN_UPLAND), Map.entry("Sán Chay", NORTHERN_UPLAND),
            Map.entry("Sán Dìu", NORTHERN_UPLAND), Map.entry("Giáy", NORTHERN_UPLAND),
            Map.entry("Thái", THAI), Map.entry("Lào", THAI), Map.entry("Khơ-mú", THAI),
            Map.entry("Mông", HIGHLAND_NORTH), Map.entry("Dao", HIGHLAND_NORTH), Map.entry("Hà Nhì", HIGHLAND_NORTH),
            Map.entry("Mường", MUONG), Map.entry("Chứt", MUONG),
            Map.entry("Gia-rai", CENTRAL_HIGHLANDS), Map.entry("Ê-đê", CENTRAL_HIGHLANDS), Map.entry("Ba-na", CENTRAL_HIGHLANDS),
            Map.entry("Xơ-đăng", CENTRAL_HIGHLANDS), Map.entry("Mnông", CENTRAL_HIGHLANDS), Map.entry("Cơ-ho", CENTRAL_HIGHLANDS),
            Map.entry("Mạ", CENTRAL_HIGHLANDS), Map.entry("Chu-ru", CENTRAL_HIGHLANDS), Map.entry("Hrê", CENTRAL_HIGHLANDS),
            Map.entry("Gié-Triêng", CENTRAL_HIGHLANDS), Map.entry("Cơ-tu", CENTRAL_HIGHLANDS), Map.entry("Tà-ôi", CENTRAL_HIGHLANDS),
            Map.entry("Bru-Vân Kiều", CENTRAL_HIGHLANDS), Map.entry("Ra-glai", CENTRAL_HIGHLANDS), Map.entry("Xtiêng", CENTRAL_HIGHLANDS),
            Map.entry("Chơ-ro", CENTRAL_HIGHLANDS),
            Map.entry("Khơ-me", KHMER), Map.entry("Hoa", HOA), Map.entry("Chăm", CHAM));

    private static final List<String> COMMUNITY_TITLES = List.of("Người dân", "Thành viên Ban giám sát cộng đồng",
            "Cộng tác viên giảm nghèo", "Tổ duy tu, bảo dưỡng công trình", "Người có uy tín", "Trưởng thôn",
            "Thành viên tổ hợp tác", "Chủ trang trại");
    private static final List<String> CADRE_TITLES = List.of("Công chức xã", "Cán bộ Ban Dân tộc",
            "Chủ tịch UBND xã", "Bí thư chi bộ thôn", "Cán bộ Hội Phụ nữ xã", "Cán bộ Văn phòng Điều phối nông thôn mới",
            "Công chức Địa chính - Nông nghiệp xã", "Cán bộ Hội Nông dân xã");

    /** The largest serial the last six digits of a CCCD number can hold. */
    static final int MAX_SERIAL = 999_999;

    private People() {
    }

    /**
     * @param number the person's number in the province: {@code 2 × index + pool}, so the two pools never share one
     */
    static Learner person(ProvinceLoad province, Line.Pool pool, int index, List<String> unitCodes, long seed) {
        int number = 2 * index + pool.ordinal();
        if (number > MAX_SERIAL) {
            throw new IllegalStateException(province.province().name() + " has more learners than a CCCD serial holds");
        }
        SplittableRandom random = Nation.random(seed, 23, province.index(), number);
        Province p = province.province();
        // women are a little over half of the community learners, a little under half of the cadres
        double womenShare = (pool == Line.Pool.COMMUNITY ? 0.56 : 0.44) + 0.04 * (Nation.random(seed, 29, province.index()).nextDouble() - 0.5);
        boolean woman = random.nextDouble() < womenShare;
        double minorityShare = pool == Line.Pool.COMMUNITY ? p.minorityShare() : p.minorityShare() * 0.85;
        boolean minority = !p.minorityGroups().isEmpty() && random.nextDouble() < minorityShare;
        String ethnicity = minority ? weighted(p.minorityGroups(), random) : "Kinh";
        int birthYear = 1962 + random.nextInt(42);
        String name = name(ethnicity, woman, random);
        List<String> titles = pool == Line.Pool.COMMUNITY ? COMMUNITY_TITLES : CADRE_TITLES;
        String jobTitle = titles.get(random.nextInt(titles.size()));
        String unit = unitCodes.get(random.nextInt(unitCodes.size()));
        // century and gender: 0 a man born in the 1900s, 1 a woman; 2 and 3 the same in the 2000s
        int centuryGender = (birthYear >= 2000 ? 2 : 0) + (woman ? 1 : 0);
        String nationalId = p.idPrefix() + centuryGender + String.format("%02d", birthYear % 100)
                + String.format("%06d", number);
        return new Learner(number, name, woman, birthYear, ethnicity, minority, jobTitle, unit, nationalId);
    }

    /** The first group most often: weights 5, 4, 3, 2, 1 … */
    private static String weighted(List<String> groups, SplittableRandom random) {
        int n = groups.size();
        int total = n * (n + 1) / 2;
        int pick = random.nextInt(total);
        for (int g = 0, sum = 0; g < n; g++) {
            sum += n - g;
            if (pick < sum) {
                return groups.get(g);
            }
        }
        return groups.get(n - 1);
    }

    private static String name(String ethnicity, boolean woman, SplittableRandom random) {
        String[] families = FAMILY_BY_GROUP.getOrDefault(ethnicity, KINH);
        String family = families[random.nextInt(families.length)];
        if (families == CENTRAL_HIGHLANDS) {
            return family + " " + (woman ? "H'" : "") + HIGHLAND_GIVEN[random.nextInt(HIGHLAND_GIVEN.length)];
        }
        if (families == KHMER) {
            return family + " " + KHMER_GIVEN[random.nextInt(KHMER_GIVEN.length)];
        }
        String middle = woman ? MIDDLE_WOMEN[random.nextInt(MIDDLE_WOMEN.length)] : MIDDLE_MEN[random.nextInt(MIDDLE_MEN.length)];
        String given = woman ? GIVEN_WOMEN[random.nextInt(GIVEN_WOMEN.length)] : GIVEN_MEN[random.nextInt(GIVEN_MEN.length)];
        return family + " " + middle + " " + given;
    }
}
