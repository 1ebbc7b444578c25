package vn.taphuan.enrolment.participant;

import vn.taphuan.enrolment.Text;
import vn.taphuan.enrolment.reference.AdministrativeUnit;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.reference.EthnicGroup;
import vn.taphuan.enrolment.reference.EthnicGroups;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Required;
import vn.taphuan.kit.refusal.Violation;

import java.time.Year;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's details as an officer writes them — in the API or in a sheet ("Nữ", "1985" or "12/05/1985",
 * "H'Mông", "xã An Lạc" or a unit code, a CCCD with its leading zero lost) — and fills what is left blank from the
 * activity: its unit, its line's target group and cadre level, else the level of the person's unit. The one place
 * these rules live, for the API and the import alike.
 */
public final class ParticipantForm {

    /** Logical field names, mapped by each caller to its own (JSON path or sheet column). */
    public enum Field {
        FULL_NAME("fullName"), GENDER("gender"), BIRTH_YEAR("birthYear"), ETHNICITY("ethnicity"),
        JOB_TITLE("jobTitle"), LEVEL("level"), UNIT("unitCode"), TARGET_GROUP("targetGroup"),
        NATIONAL_ID("nationalId");

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The field's name in API requests. */
        public String jsonName() {
            return jsonName;
        }
    }

    /** As written: every value a string, possibly blank. */
    public record Raw(String fullName, String gender, String birthYear, String ethnicity, String jobTitle,
                      String level, String unit, String targetGroup, String nationalId) {
    }

    /**
     * What the activity implies for blank values, and the days the person's unit must be valid on.
     *
     * @param tenantId    the province
     * @param unitCode    unit used when none is written (the activity's), or null to require one
     * @param targetGroup target group when none is written (the line's), or null to require one
     * @param cadreLevel  level of cadres when none is written (the line's), or null to take the unit's level
     * @param from        first day the unit must be valid
     * @param to          last day the unit must be valid
     */
    public record Defaults(String tenantId, String unitCode, TargetGroup targetGroup, Level cadreLevel,
                           LocalDate from, LocalDate to) {
    }

    /** A field that could not be read, with why. */
    public record Problem(Field field, Reason reason) {

        public Violation toViolation(String fieldName) {
            return Violation.of(fieldName, reason);
        }
    }

    /** Either details, or every problem found. */
    public record Result(ParticipantDetails details, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)");
    private static final Map<String, Gender> GENDERS = Map.of("nu", Gender.FEMALE, "female", Gender.FEMALE,
            "f", Gender.FEMALE, "nam", Gender.MALE, "male", Gender.MALE, "m", Gender.MALE, "khac", Gender.OTHER,
            "other", Gender.OTHER);
    private static final Map<String, Level> LEVELS = Map.ofEntries(Map.entry("tinh", Level.PROVINCE),
            Map.entry("province", Level.PROVINCE), Map.entry("huyen", Level.DISTRICT), Map.entry("district", Level.DISTRICT),
            Map.entry("xa", Level.COMMUNE), Map.entry("commune", Level.COMMUNE), Map.entry("thon", Level.VILLAGE),
            Map.entry("ban", Level.VILLAGE), Map.entry("thonban", Level.VILLAGE), Map.entry("village", Level.VILLAGE),
            Map.entry("congdong", Level.COMMUNITY), Map.entry("community", Level.COMMUNITY));
    private static final Map<String, TargetGroup> GROUPS = Map.of("canbo", TargetGroup.CADRE, "cb", TargetGroup.CADRE,
            "cadre", TargetGroup.CADRE, "congdong", TargetGroup.COMMUNITY, "nguoidan", TargetGroup.COMMUNITY,
            "community", TargetGroup.COMMUNITY);
    /** Level words officers put before unit names: "xã An Lạc" is written "An Lạc" as often. */
    private static final List<String> UNIT_PREFIXES = List.of("thanhpho", "thixa", "thitran", "phuong", "huyen",
            "tinh", "xa", "thon", "ban", "to");

    private final EthnicGroups ethnicGroups;
    private final AdministrativeUnits units;
    private final AdministrativeUnits.Lookup lookup;
    private List<AdministrativeUnit> tenantUnits;

    public ParticipantForm(EthnicGroups ethnicGroups, AdministrativeUnits units) {
        this.ethnicGroups = ethnicGroups;
        this.units = units;
        this.lookup = units.lookup();
    }

    public Result read(Raw raw, Defaults defaults) {
        List<Problem> problems = new ArrayList<>();

        String fullName = Text.clean(raw.fullName());
        if (fullName == null) {
            problems.add(new Problem(Field.FULL_NAME, new Required()));
        } else if (fullName.length() > 150 || !fullName.codePoints().anyMatch(Character::isLetter)) {
            problems.add(new Problem(Field.FULL_NAME, new ParticipantRefusal.NotAName(fullName)));
        }

        Gender gender = null;
        if (Text.clean(raw.gender()) == null) {
            problems.add(new Problem(Field.GENDER, new ParticipantRefusal.GenderRequired()));
        } else {
            gender = GENDERS.get(Text.key(raw.gender()));
            if (gender == null) {
                problems.add(new Problem(Field.GENDER, new ParticipantRefusal.GenderUnreadable(Text.clean(raw.gender()))));
            }
        }

        Integer birthYear = null;
        String yearText = Text.clean(raw.birthYear());
        if (yearText == null) {
            problems.add(new Problem(Field.BIRTH_YEAR, new Required()));
        } else {
            Matcher matcher = YEAR.matcher(yearText);
            Integer found = null;
            while (matcher.find()) {
                found = Integer.parseInt(matcher.group(1));
            }
            int latest = defaults.from().getYear() - 10;
            if (found == null || found < 1900 || found > latest) {
                problems.add(new Problem(Field.BIRTH_YEAR, new ParticipantRefusal.BirthYearInvalid(yearText, Year.of(latest))));
            } else {
                birthYear = found;
            }
        }

        EthnicGroup ethnicity = null;
        if (Text.clean(raw.ethnicity()) == null) {
            problems.add(new Problem(Field.ETHNICITY, new Required()));
        } else {
            ethnicity = ethnicGroups.find(raw.ethnicity()).orElse(null);
            if (ethnicity == null) {
                problems.add(new Problem(Field.ETHNICITY, new ParticipantRefusal.NotAnEthnicGroup(Text.clean(raw.ethnicity()))));
            }
        }

        String jobTitle = Text.clean(raw.jobTitle());
        if (jobTitle != null && jobTitle.length() > 200) {
            problems.add(new Problem(Field.JOB_TITLE, new ParticipantRefusal.JobTitleTooLong()));
        }

        TargetGroup targetGroup = defaults.targetGroup();
        if (Text.clean(raw.targetGroup()) != null) {
            targetGroup = GROUPS.get(Text.key(raw.targetGroup()));
            if (targetGroup == null) {
                targetGroup = enumOrNull(TargetGroup.class, raw.targetGroup());
            }
            if (targetGroup == null) {
                problems.add(new Problem(Field.TARGET_GROUP,
                        new ParticipantRefusal.TargetGroupUnreadable(Text.clean(raw.targetGroup()))));
            }
        } else if (targetGroup == null) {
            problems.add(new Problem(Field.TARGET_GROUP, new ParticipantRefusal.TargetGroupRequired()));
        }

        AdministrativeUnit unit = readUnit(raw.unit(), defaults, problems);

        Level level = null;
        if (Text.clean(raw.level()) != null) {
            level = LEVELS.get(Text.key(raw.level()));
            if (level == null) {
                level = enumOrNull(Level.class, raw.level());
            }
            if (level == null) {
                problems.add(new Problem(Field.LEVEL, new ParticipantRefusal.LevelUnreadable(Text.clean(raw.level()))));
            }
        } else if (targetGroup == TargetGroup.COMMUNITY) {
            level = Level.COMMUNITY;
        } else if (defaults.cadreLevel() != null) {
            level = defaults.cadreLevel();
        } else if (unit != null) {
            level = enumOrNull(Level.class, unit.level());
        }

        String nationalId = null;
        if (Text.clean(raw.nationalId()) != null) {
            Optional<String> digits = NationalId.parse(Text.clean(raw.nationalId()));
            if (digits.isEmpty()) {
                problems.add(new Problem(Field.NATIONAL_ID, new ParticipantRefusal.NotANationalId()));
            } else {
                nationalId = digits.get();
            }
        }

        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new ParticipantDetails(fullName, gender, birthYear, ethnicity.code(), jobTitle, level,
                unit.code(), targetGroup, nationalId), List.of());
    }

    private AdministrativeUnit readUnit(String written, Defaults defaults, List<Problem> problems) {
        String value = Text.clean(written);
        if (value == null) {
            value = defaults.unitCode();
            if (value == null) {
                problems.add(new Problem(Field.UNIT, new Required()));
                return null;
            }
        }
        AdministrativeUnit unit = lookup.find(value).orElse(null);
        if (unit == null) {
            List<AdministrativeUnit> named = byName(value, defaults.tenantId(), defaults.from(), defaults.to());
            if (named.size() > 1) {
                problems.add(new Problem(Field.UNIT, new ParticipantRefusal.UnitNameShared(named.size(), value)));
                return null;
            }
            unit = named.isEmpty() ? null : named.get(0);
        }
        if (unit == null) {
            problems.add(new Problem(Field.UNIT, new ParticipantRefusal.NoUnitNamed(value)));
            return null;
        }
        Optional<Violation> invalid = lookup.check("unit", unit.code(), defaults.tenantId(), defaults.from(), defaults.to());
        if (invalid.isPresent()) {
            problems.add(new Problem(Field.UNIT, invalid.get().reason()));
            return null;
        }
        return unit;
    }

    private List<AdministrativeUnit> byName(String name, String tenantId, LocalDate from, LocalDate to) {
        if (tenantUnits == null) {
            tenantUnits = units.ofTenant(tenantId);
        }
        String written = Text.key(name);
        List<AdministrativeUnit> exact = tenantUnits.stream().filter(u -> Text.key(u.name()).equals(written)).toList();
        List<AdministrativeUnit> candidates = exact.isEmpty() ? tenantUnits.stream().filter(u -> {
            String bare = withoutPrefix(Text.key(u.name()));
            return bare.equals(written) || bare.equals(withoutPrefix(written));
        }).toList() : exact;
        List<AdministrativeUnit> valid = candidates.stream().filter(u -> u.validBetween(from, to)).toList();
        return valid.isEmpty() ? candidates : valid;
    }

    private static String withoutPrefix(String key) {
        for (String prefix : UNIT_PREFIXES) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
