package vn.taphuan.bench.nation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generated nation: every province's activities for the second half of 2025 (after the 1 July reorganisation,
 * so every province of the new map exists), adding up to exactly the person-turns asked for. Deterministic from the
 * seed. Only the activities are held (about one per 70 person-turns); the learners are derived when each activity
 * is loaded ({@link Learners}).
 */
public record Nation(long seed, long personTurns, List<ProvinceLoad> provinces) {

    /** Classes run from here to {@link #LAST_CLASS_START}; e-learning cohorts start by {@link #LAST_COHORT_START}. */
    static final LocalDate FIRST_CLASS_START = LocalDate.of(2025, 7, 14);
    static final LocalDate LAST_CLASS_START = LocalDate.of(2025, 12, 12);
    static final LocalDate LAST_COHORT_START = LocalDate.of(2025, 11, 10);
    static final int COHORT_DAYS = 28;
    /** Completions of the largest e-learning cohort: 20,000 learners on its sheet, the most one upload may carry. */
    static final int LARGEST_COHORT_COMPLETIONS = 18_000;
    static final int SMALLEST_COHORT_COMPLETIONS = 1_800;

    /**
     * @param personTurns   completions in all, exactly
     * @param provinceCount how many of the 34 provinces take part (the first ones of {@link Provinces#ALL})
     * @param cohortShare   the share of person-turns trained in e-learning cohorts of 2,000–20,000 learners (none
     *                      when that share is smaller than one cohort)
     */
    public static Nation generate(long personTurns, int provinceCount, double cohortShare, long seed) {
        if (provinceCount < 1 || provinceCount > Provinces.ALL.size()) {
            throw new IllegalArgumentException("provinces: 1 to " + Provinces.ALL.size());
        }
        List<Province> provinces = Provinces.ALL.subList(0, provinceCount);
        long[] shares = shares(personTurns, provinces);
        Map<Integer, List<Integer>> cohorts = cohorts(personTurns, cohortShare, provinces, shares, seed);
        List<ProvinceLoad> loads = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            loads.add(province(i, provinces.get(i), shares[i], cohorts.getOrDefault(i, List.of()), seed));
        }
        return new Nation(seed, personTurns, List.copyOf(loads));
    }

    public int classes() {
        return provinces.stream().mapToInt(p -> p.classes().size()).sum();
    }

    public long rows() {
        return provinces.stream().mapToLong(ProvinceLoad::rows).sum();
    }

    /** Largest remainder: each province's share of the person-turns by its weight, adding up exactly. */
    private static long[] shares(long total, List<Province> provinces) {
        double weights = provinces.stream().mapToDouble(Province::loadWeight).sum();
        long[] shares = new long[provinces.size()];
        double[] remainders = new double[provinces.size()];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * provinces.get(i).loadWeight() / weights;
            shares[i] = (long) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < total; k++, given++) {
            shares[order.get(k % order.size())]++;
        }
        return shares;
    }

    /** E-learning cohorts (their completions), hosted by the largest provinces in turn. */
    private static Map<Integer, List<Integer>> cohorts(long personTurns, double cohortShare, List<Province> provinces,
                                                       long[] shares, long seed) {
        SplittableRandom random = random(seed, 7);
        long budget = Math.round(personTurns * cohortShare);
        List<Integer> sizes = new ArrayList<>();
        while (budget >= SMALLEST_COHORT_COMPLETIONS) {
            int completions = sizes.isEmpty() ? LARGEST_COHORT_COMPLETIONS
                    : SMALLEST_COHORT_COMPLETIONS + random.nextInt(LARGEST_COHORT_COMPLETIONS - SMALLEST_COHORT_COMPLETIONS + 1);
            completions = (int) Math.min(completions, budget);
            sizes.add(completions);
            budget -= completions;
        }
        List<Integer> hosts = new ArrayList<>();
        for (int i = 0; i < provinces.size(); i++) {
            hosts.add(i);
        }
        hosts.sort(Comparator.comparingLong((Integer i) -> shares[i]).reversed());
        Map<Integer, List<Integer>> byProvince = new java.util.HashMap<>();
        long[] left = shares.clone();
        int next = 0;
        for (int size : sizes) {
            // a host keeps room for its classes; a cohort no province can take is left out (its person-turns stay in classes)
            for (int tried = 0; tried < hosts.size(); tried++) {
                int host = hosts.get((next + tried) % hosts.size());
                if (left[host] - size >= 2_000) {
                    byProvince.computeIfAbsent(host, h -> new ArrayList<>()).add(size);
                    left[host] -= size;
                    next += tried + 1;
                    break;
                }
            }
        }
        return byProvince;
    }

    private static ProvinceLoad province(int index, Province province, long personTurns, List<Integer> cohorts,
                                         long seed) {
        SplittableRandom random = random(seed, 11, index);
        double targetFactor = 0.8 + 0.45 * random.nextDouble();
        long inClasses = personTurns - cohorts.stream().mapToLong(Integer::longValue).sum();
        // the minorities' programme weighs most where the minorities live
        long dtts = Math.round(inClasses * (0.2 + 0.7 * province.minorityShare()));
        long ntm = inClasses - dtts;
        Map<Line, Long> perLine = new EnumMap<>(Line.class);
        perLine.put(Line.DTTS_COMMUNITY, Math.round(dtts * 0.65));
        perLine.put(Line.DTTS_CADRE, dtts - Math.round(dtts * 0.65));
        perLine.put(Line.NTM_CADRE, Math.round(ntm * 0.55));
        perLine.put(Line.NTM_COMMUNITY, ntm - Math.round(ntm * 0.55));

        List<ClassSpec> classes = new ArrayList<>();
        for (Map.Entry<Line, Long> line : perLine.entrySet()) {
            classes.addAll(classes(line.getKey(), line.getValue(), random(seed, 13, index, line.getKey().ordinal())));
        }
        for (int k = 0; k < cohorts.size(); k++) {
            int completions = cohorts.get(k);
            int rows = completions + completions / 9; // about one in ten never finishes an online course
            LocalDate start = FIRST_CLASS_START.plusDays(7 + (37L * k) % daysBetween(FIRST_CLASS_START.plusDays(7), LAST_COHORT_START));
            classes.add(new ClassSpec(Line.DTTS_ELEARNING, k + 1, Line.DTTS_ELEARNING.classTitle(k + 1), start,
                    start.plusDays(COHORT_DAYS - 1), cohortSessions(start), rows, completions,
                    random(seed, 17, index, k).nextLong()));
        }
        classes.sort(Comparator.comparing(ClassSpec::start).thenComparing(ClassSpec::line).thenComparing(ClassSpec::number));
        return new ProvinceLoad(index, province, targetFactor, List.copyOf(classes));
    }

    /** Classes of 30 to 120 learners (most near 50), a few absent from some sessions, adding up to {@code completions}. */
    private static List<ClassSpec> classes(Line line, long completions, SplittableRandom random) {
        List<int[]> sizes = new ArrayList<>();
        long remaining = completions;
        while (remaining > 0) {
            int rows = 30 + (int) (90 * Math.pow(random.nextDouble(), 1.6));
            double absentRate = 0.08 * random.nextDouble();
            int completers = rows - (int) (rows * absentRate);
            if (completers >= remaining || remaining - completers < 20) {
                completers = (int) remaining;
                rows = completers + (int) (completers * absentRate);
            }
            sizes.add(new int[]{rows, completers});
            remaining -= completers;
        }
        List<ClassSpec> classes = new ArrayList<>();
        int span = daysBetween(FIRST_CLASS_START, LAST_CLASS_START);
        for (int i = 0; i < sizes.size(); i++) {
            LocalDate start = FIRST_CLASS_START.plusDays((long) i * span / sizes.size());
            classes.add(new ClassSpec(line, i + 1, line.classTitle(i + 1), start, start.plusDays(1),
                    classSessions(start), sizes.get(i)[0], sizes.get(i)[1], random.nextLong()));
        }
        return classes;
    }

    /** Two days: three theory sessions and a field visit (the NTM programme asks for one). */
    private static List<ClassSpec.Session> classSessions(LocalDate start) {
        return List.of(new ClassSpec.Session(start, "THEORY", "Chuyên đề 1"),
                new ClassSpec.Session(start, "THEORY", "Chuyên đề 2"),
                new ClassSpec.Session(start.plusDays(1), "THEORY", "Chuyên đề 3"),
                new ClassSpec.Session(start.plusDays(1), "FIELD", "Thực hành, khảo sát thực tế"));
    }

    private static List<ClassSpec.Session> cohortSessions(LocalDate start) {
        List<ClassSpec.Session> sessions = new ArrayList<>();
        for (int module = 0; module < 4; module++) {
            sessions.add(new ClassSpec.Session(start.plusDays(9L * module), "THEORY",
                    "Học phần " + (module + 1) + " (trực tuyến)"));
        }
        return sessions;
    }

    private static int daysBetween(LocalDate from, LocalDate to) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /** A random stream of its own for every purpose, so changing one part of the nation leaves the others as they were. */
    static SplittableRandom random(long seed, long... salts) {
        long state = seed;
        for (long salt : salts) {
            state = mix(state ^ (salt + 0x9E3779B97F4A7C15L));
        }
        return new SplittableRandom(state);
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
