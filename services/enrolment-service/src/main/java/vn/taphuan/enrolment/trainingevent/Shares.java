package vn.taphuan.enrolment.trainingevent;

import vn.taphuan.enrolment.planline.PlanLine;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Reason;

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

    /** A shortfall the officer should see, in the words of the catalogues. */
    public record Warning(String code, String message, String messageEn) {

        static Warning of(Shortfall shortfall) {
            Catalogue words = Catalogue.shared();
            return new Warning(shortfall.code(), words.render(shortfall, Catalogue.Language.VI),
                    words.render(shortfall, Catalogue.Language.EN));
        }
    }

    /** What falls short of a line's minimum share; the percent as it is shown beside it ({@code 33.3}). */
    public sealed interface Shortfall extends Reason {
    }

    record WomenShareBelowMinimum(String percent, int minimum) implements Shortfall {
    }

    record EthnicMinorityShareBelowMinimum(String percent, int minimum) implements Shortfall {
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
            warnings.add(Warning.of(new WomenShareBelowMinimum(String.valueOf(womenPercent), minWomen)));
        }
        if (minMinority != null && enrolled > 0
                && Math.multiplyExact(ethnicMinority, 100) < Math.multiplyExact((long) minMinority, enrolled)) {
            warnings.add(Warning.of(new EthnicMinorityShareBelowMinimum(String.valueOf(minorityPercent), minMinority)));
        }
        return new Shares(enrolled, women, womenPercent, minWomen, ethnicMinority, minorityPercent, minMinority,
                List.copyOf(warnings));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
