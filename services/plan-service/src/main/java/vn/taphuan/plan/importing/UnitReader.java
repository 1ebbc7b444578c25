package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.ScopeUnit;
import vn.taphuan.plan.unit.UnitLevel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units a plan names: "UBND các huyện Sơn Động, Lục Ngạn, Lục Nam, Yên Thế và Lạng Giang", "xã Tuấn Đạo",
 * resolved to registry codes among the importing province's units that existed during the plan's period; and how
 * many communes and villages it covers ("tại 124 xã, 800 thôn, bản").
 */
final class UnitReader {

    /** A name as prose writes it, each word capitalised ("Si Ma Cai"), on one line; upper-case headers are not prose. */
    private static final String NAME = "\\p{Lu}\\p{Ll}*(?!\\p{L})(?:[ \\t]+\\p{Lu}\\p{Ll}*(?!\\p{L})){0,3}";
    private static final Pattern NAMED = Pattern.compile(
            "(?<kind>(?iu:huyện|thị\\s+xã|thành\\s+phố|thị\\s+trấn|phường|xã(?!\\s+hội)))[ \\t]+(?<names>" + NAME
                    + "(?:[ \\t]*,[ \\t]*" + NAME + ")*(?:[ \\t]+và[ \\t]+" + NAME + ")?)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ONE_NAME = Pattern.compile(NAME, Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COUNTS = Pattern.compile(
            "(?<![\\d/])(?<communes>\\d{1,4})\\s+xã(?!\\s+hội)(?:\\s*,\\s*(?<villages>\\d{1,5})\\s+(?:thôn|bản))?", Lexicon.FLAGS);

    static void read(Reading r) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(r.text());
        while (m.find()) {
            String kind = m.group("kind").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            Matcher names = ONE_NAME.matcher(r.text()).region(m.start("names"), m.end("names"));
            while (names.find()) {
                resolve(r, kind, names.group(), r.span(names.start(), names.end()), found);
            }
        }
        counts(r);
    }

    private static void resolve(Reading r, String kind, String name, Span span, Set<String> found) {
        List<UnitLevel> levels = kind.equals("huyện") || kind.equals("thị xã") ? List.of(UnitLevel.DISTRICT)
                : kind.equals("thành phố") ? List.of(UnitLevel.DISTRICT, UnitLevel.PROVINCE) : List.of(UnitLevel.COMMUNE);
        List<KnownUnit> candidates = new ArrayList<>();
        for (KnownUnit unit : r.context.units()) {
            if (levels.contains(unit.definition().level()) && unit.definition().shortName().equalsIgnoreCase(name)
                    && (!r.periodKnown() || unit.definition().overlaps(r.periodStart, r.periodEnd))) {
                candidates.add(unit);
            }
        }
        if (candidates.isEmpty()) {
            r.find("scope", new ImportFinding.UnitNotInRegistry(kind, name), span);
            return;
        }
        if (candidates.size() > 1) {
            r.find("scope", new ImportFinding.SeveralUnitsNamed(candidates.size(), name), span);
            return;
        }
        String code = candidates.get(0).code();
        if (found.add(code)) {
            int index = r.scope.size();
            r.scope.add(new ScopeUnit(code, null, null));
            r.extract(Extraction.certain("scope[" + index + "].unitCode", code, span));
        }
    }

    /** "124 xã, 800 thôn": to the one unit named in the same sentence, or to the province as a whole. */
    private static void counts(Reading r) {
        Matcher m = COUNTS.matcher(r.text());
        while (m.find()) {
            int communes = Integer.parseInt(m.group("communes"));
            Integer villages = m.group("villages") == null ? null : Integer.parseInt(m.group("villages"));
            Span span = r.span(m.start(), m.end());
            if (r.scope.size() == 1) {
                ScopeUnit only = r.scope.get(0);
                r.scope.set(0, new ScopeUnit(only.unitCode(), communes, villages));
                r.extract(Extraction.certain("scope[0].communeCount", communes, span));
                if (villages != null) {
                    r.extract(Extraction.certain("scope[0].villageCount", villages, span));
                }
                return;
            }
            List<KnownUnit> provinces = r.context.units().stream()
                    .filter(u -> u.definition().level() == UnitLevel.PROVINCE)
                    .filter(u -> !r.periodKnown() || u.definition().overlaps(r.periodStart, r.periodEnd)).toList();
            if (r.scope.isEmpty() && provinces.size() == 1) {
                r.scope.add(new ScopeUnit(provinces.get(0).code(), communes, villages));
                r.extract(Extraction.doubtful("scope[0].unitCode", provinces.get(0).code(), Confidence.MEDIUM, span,
                        new ExtractionNote.CountsForWholeProvince()));
                r.extract(Extraction.certain("scope[0].communeCount", communes, span));
                if (villages != null) {
                    r.extract(Extraction.certain("scope[0].villageCount", villages, span));
                }
            } else {
                r.find("scope", new ImportFinding.CountsWithoutUnit(span.quote()), span);
            }
            return;
        }
    }

    private UnitReader() {
    }
}
