package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.IssuerLevel;
import vn.taphuan.plan.unit.UnitLevel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of the body that issued the plan, read from its name once the issuer is read: a people's committee of a
 * province, district (before 1 July 2025) or commune, a department under one, or a ministry. "Thành phố" is a province
 * (Hà Nội) or a district (Lào Cai): the province's units decide, and where they do not, a finding asks the officer.
 */
final class IssuerLevelReader {

    private static final Pattern COMMITTEE = Pattern.compile("(?:UBND|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân)\\s+"
            + "(?<kind>tỉnh|thành\\s+phố|huyện|thị\\s+xã|quận|xã|phường|thị\\s+trấn)\\b\\s*(?<name>.*)", Lexicon.FLAGS);
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:Giám\\s+đốc\\s+|Trưởng\\s+ban\\s+|Trưởng\\s+phòng\\s+)?"
            + "(?:Sở|Ban\\s+Dân\\s+tộc|Phòng|Văn\\s+phòng|Chi\\s+cục|Trung\\s+tâm|Ban\\s+Chỉ\\s+đạo)\\b", Lexicon.FLAGS);
    private static final Pattern MINISTRY = Pattern.compile("^(?:Bộ\\s+trưởng\\s+|Thứ\\s+trưởng\\s+|Bộ\\s+trưởng,\\s+Chủ\\s+nhiệm\\s+)?"
            + "(?:Bộ\\b|Ủy\\s+ban\\s+Dân\\s+tộc\\b|Uỷ\\s+ban\\s+Dân\\s+tộc\\b)", Pattern.UNICODE_CHARACTER_CLASS);

    static void read(Reading r) {
        if (r.issuingBody == null) {
            // "UBND tỉnh vừa ban hành …": the place is not written, but the level is
            r.finding(ImportFinding.IssuerPlaceUnstated.class).filter(f -> f.span() != null).ifPresent(f ->
                    level(f.span().quote().strip(), r.context.units()).ifPresent(level -> {
                        r.issuerLevel = level;
                        r.extract(Extraction.certain("issuerLevel", level, f.span()));
                    }));
            return;
        }
        Optional<Extraction> issuer = r.extractions("issuingBody").stream().findFirst();
        Span span = issuer.map(Extraction::span).orElse(null);
        String body = r.issuingBody.strip();
        Optional<IssuerLevel> level = level(body, r.context.units());
        if (level.isPresent()) {
            r.issuerLevel = level.get();
            if (span != null) {
                r.extract(Extraction.certain("issuerLevel", level.get(), span));
            }
        } else if (span != null) {
            r.find("issuerLevel", new ImportFinding.IssuerLevelUnclear(span.quote()), span);
        }
    }

    /** The level the name states, if it states one; empty for a name that leaves it open. */
    static Optional<IssuerLevel> level(String body, List<KnownUnit> units) {
        if (MINISTRY.matcher(body).find()) {
            return Optional.of(IssuerLevel.MINISTRY);
        }
        if (DEPARTMENT.matcher(body).find()) {
            return Optional.of(IssuerLevel.DEPARTMENT);
        }
        Matcher committee = COMMITTEE.matcher(body);
        if (!committee.find()) {
            return Optional.empty();
        }
        String kind = committee.group("kind").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (kind) {
            case "tỉnh" -> Optional.of(IssuerLevel.PROVINCE);
            case "huyện", "thị xã", "quận" -> Optional.of(IssuerLevel.DISTRICT);
            case "xã", "phường", "thị trấn" -> Optional.of(IssuerLevel.COMMUNE);
            default -> city(committee.group("name").strip(), units);
        };
    }

    /** A city is a province or a district: the registry's units of that name say which, if exactly one level fits. */
    private static Optional<IssuerLevel> city(String name, List<KnownUnit> units) {
        List<UnitLevel> levels = units.stream()
                .filter(u -> u.definition().shortName() != null && u.definition().shortName().equalsIgnoreCase(name))
                .map(u -> u.definition().level()).distinct().toList();
        if (levels.equals(List.of(UnitLevel.PROVINCE))) {
            return Optional.of(IssuerLevel.PROVINCE);
        }
        if (levels.equals(List.of(UnitLevel.DISTRICT))) {
            return Optional.of(IssuerLevel.DISTRICT);
        }
        return Optional.empty();
    }

    private IssuerLevelReader() {
    }
}
