package vn.taphuan.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated learners for the demo: Vietnamese names, the ethnic groups of the mountainous districts, 12-digit
 * citizen ID numbers (CCCD) with the province's prefix. Deterministic, so a reload produces the same people and the
 * platform recognises them instead of counting them twice. None of them is a real person.
 */
final class DemoPeople {

    private static final String[] FAMILY = {"Nguyễn", "Hoàng", "Lương", "Vi", "Hà", "Nông", "Triệu", "Lý", "Đặng",
            "Bàn", "Lâm", "Trần", "Phạm", "Lục", "Chu", "Hứa", "Đinh", "Giáp", "Ninh", "Dương"};
    private static final String[] MIDDLE_MEN = {"Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu"};
    private static final String[] MIDDLE_WOMEN = {"Thị", "Thị Thu", "Thị Thanh", "Thị Hồng", "Thị Ngọc", "Thị Mai"};
    private static final String[] GIVEN_MEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Mạnh",
            "Nam", "Phong", "Quân", "Sơn", "Thắng", "Toàn", "Tuấn", "Việt", "Vinh"};
    private static final String[] GIVEN_WOMEN = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan",
            "Liên", "Linh", "Mai", "Nga", "Nhung", "Phương", "Thảo", "Trang", "Yến"};

    /** A learner as the attendance sheet names them. */
    record Person(String fullName, boolean woman, int birthYear, String ethnicity, String nationalId, String unitCode,
                  String jobTitle) {

        boolean minority() {
            return !"Kinh".equals(ethnicity);
        }
    }

    /**
     * {@code count} people of one area: {@code ethnicGroups} with their weights (e.g. Tày 30, Nùng 25, Kinh 20).
     *
     * @param seed     below 1000 and different for every group of one province, so no two people share an ID
     * @param idPrefix the province's three-digit CCCD prefix, e.g. {@code 024} for Bắc Giang
     */
    static List<Person> of(long seed, int count, String idPrefix, List<String> unitCodes, String[] ethnicGroups,
                           int[] weights, double womenShare, String[] jobTitles) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        int totalWeight = 0;
        for (int weight : weights) {
            totalWeight += weight;
        }
        for (int i = 0; i < count; i++) {
            boolean woman = random.nextDouble() < womenShare;
            String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                    + (woman ? MIDDLE_WOMEN[random.nextInt(MIDDLE_WOMEN.length)] : MIDDLE_MEN[random.nextInt(MIDDLE_MEN.length)])
                    + " " + (woman ? GIVEN_WOMEN[random.nextInt(GIVEN_WOMEN.length)] : GIVEN_MEN[random.nextInt(GIVEN_MEN.length)]);
            int birthYear = 1965 + random.nextInt(38);
            int pick = random.nextInt(totalWeight);
            String ethnicity = ethnicGroups[ethnicGroups.length - 1];
            for (int g = 0, sum = 0; g < ethnicGroups.length; g++) {
                sum += weights[g];
                if (pick < sum) {
                    ethnicity = ethnicGroups[g];
                    break;
                }
            }
            // CCCD: province (3) + century and gender (1: 0 man / 1 woman born in the 1900s, 2/3 in the 2000s) + year (2) + 6
            int centuryGender = (birthYear >= 2000 ? 2 : 0) + (woman ? 1 : 0);
            String id = idPrefix + centuryGender + String.format("%02d", birthYear % 100)
                    + String.format("%06d", Math.floorMod(seed, 1000) * 1000 + i);
            people.add(new Person(name, woman, birthYear, ethnicity, id, unitCodes.get(random.nextInt(unitCodes.size())),
                    jobTitles[random.nextInt(jobTitles.length)]));
        }
        return people;
    }

    private DemoPeople() {
    }
}
