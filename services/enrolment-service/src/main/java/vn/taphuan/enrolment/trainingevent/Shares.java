package vn.taphuan.enrolment.trainingevent;

import vn.taphuan.enrolment.planline.PlanLine;

import java.util.ArrayList;
import java.util.List;

/**
 * The live share of women and of ethnic-minority people among an activity's participants, against the minimum
 * its target line sets. Falling below is a warning shown to the officer, never a refusal: the class still counts.
 *
 * @param enrolled                 participants enrolled (withdrawn ones not)
 * @param women                    of them, women
 * @param womenPercent             share of women in percent, one decimal; null when nobody is enrolled
 * @param minWomenPercent          the line's minimum, or null
 * @param ethnicMinority           of them, ethnic-minority people
 * @param ethnicMinorityPercent    share in percent, one decimal; null when nobody is enrolled
 * @param minEthnicMinorityPercent the line's minimum, or null
 * @param warnings                 what falls short, in Vietnamese and English
 */
public record Shares(long enrolled, long women, Double womenPercent, Integer minWomenPercent, long ethnicMinority,
                     Double ethnicMinorityPercent, Integer minEthnicMinorityPercent, List<Warning> warnings) {

    /** A shortfall the officer should see. */
    public record Warning(String code, String message, String messageEn) {
    }

    public static Shares of(long enrolled, long women, long ethnicMinority, PlanLine line) {
        Integer minWomen = line == null ? null : line.minWomenPercent();
        Integer minMinority = line == null ? null : line.minEthnicMinorityPercent();
        Double womenPercent = percent(women, enrolled);
        Double minorityPercent = percent(ethnicMinority, enrolled);
        List<Warning> warnings = new ArrayList<>();
        // compared in whole counts (women * 100 < min * enrolled), not in rounded percentages
        if (minWomen != null && enrolled > 0
                && Math.multiplyExact(women, 100) < Math.multiplyExact((long) minWomen, enrolled)) {
            warnings.add(new Warning("women-share-below-minimum",
                    "Tỷ lệ nữ " + womenPercent + "% thấp hơn mức tối thiểu " + minWomen + "% của chỉ tiêu",
                    "Share of women " + womenPercent + "% is below the line's minimum of " + minWomen + "%"));
        }
        if (minMinority != null && enrolled > 0
                && Math.multiplyExact(ethnicMinority, 100) < Math.multiplyExact((long) minMinority, enrolled)) {
            warnings.add(new Warning("ethnic-minority-share-below-minimum",
                    "Tỷ lệ người dân tộc thiểu số " + minorityPercent + "% thấp hơn mức tối thiểu " + minMinority
                            + "% của chỉ tiêu",
                    "Share of ethnic-minority people " + minorityPercent + "% is below the line's minimum of "
                            + minMinority + "%"));
        }
        return new Shares(enrolled, women, womenPercent, minWomen, ethnicMinority, minorityPercent, minMinority,
                List.copyOf(warnings));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
