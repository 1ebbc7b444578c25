package vn.taphuan.plan.importing;

import vn.taphuan.plan.programme.Programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the programme by the keywords the catalogue gives each one (names, decision numbers): the programme
 * mentioned most wins; a close second lowers the confidence. When the plan's period was read, programmes whose
 * period holds it come first (a 2026 plan names "nông thôn mới" and "vùng đồng bào dân tộc thiểu số", which the
 * 2021–2025 programmes share with the merged one of 2026–2035). An officer's choice overrides the reading.
 */
final class ProgrammeReader {

    private record Score(Programme programme, int mentions, int firstAt, int firstEnd) {
    }

    static void read(Reading r) {
        List<Score> scores = new ArrayList<>();
        for (Programme programme : r.context.programmes()) {
            int mentions = 0;
            int firstAt = Integer.MAX_VALUE;
            int firstEnd = 0;
            // the catalogue lists a programme's keywords most specific first: the first one found is the evidence shown
            for (String keyword : programme.definition().keywords()) {
                List<int[]> found = occurrences(r.text(), keyword);
                mentions += found.size();
                if (!found.isEmpty() && firstAt == Integer.MAX_VALUE) {
                    firstAt = found.get(0)[0];
                    firstEnd = found.get(0)[1];
                }
            }
            if (mentions > 0) {
                scores.add(new Score(programme, mentions, firstAt, firstEnd));
            }
        }
        if (r.periodKnown() && scores.stream().anyMatch(s -> s.programme().covers(r.periodStart, r.periodEnd))) {
            scores.removeIf(s -> !s.programme().covers(r.periodStart, r.periodEnd));
        }
        if (r.periodStart == null && r.periodEnd != null) {
            // "… đến năm 2020": a programme that begins after the plan ends is not the one it is made under
            List<Score> before = scores.stream()
                    .filter(s -> s.programme().definition().periodStart().isAfter(r.periodEnd)).toList();
            scores.removeAll(before);
            if (scores.isEmpty() && !before.isEmpty() && r.context.programmeHint() == null) {
                Score named = before.get(0);
                r.find("programmeCode", new ImportFinding.ProgrammeBeginsAfterPlan(named.programme().code(),
                        String.valueOf(r.periodEnd.getYear())), r.span(named.firstAt(), named.firstEnd()));
                return;
            }
        }
        scores.sort(Comparator.comparingInt(Score::mentions).reversed());
        Optional<Programme> chosen = Optional.ofNullable(r.context.programmeHint())
                .flatMap(code -> r.context.programmes().stream().filter(p -> p.code().equals(code)).findFirst());
        if (chosen.isPresent()) {
            r.programme = chosen.get();
            if (!scores.isEmpty() && scores.get(0).programme() != chosen.get()) {
                Score read = scores.get(0);
                r.find("programmeCode", new ImportFinding.OtherProgrammeNamedMost(read.programme().code(),
                        chosen.get().code()), r.span(read.firstAt(), read.firstEnd()));
            }
            return;
        }
        if (scores.isEmpty()) {
            r.find("programmeCode", new ImportFinding.ProgrammeNotRecognised(), null);
            return;
        }
        Score best = scores.get(0);
        r.programme = best.programme();
        int second = scores.size() > 1 ? scores.get(1).mentions() : 0;
        Span span = r.span(best.firstAt(), best.firstEnd());
        if (best.mentions() >= 2 && best.mentions() >= 2 * second) {
            r.extract(Extraction.certain("programmeCode", best.programme().code(), span));
        } else if (scores.size() > 1) {
            r.extract(Extraction.doubtful("programmeCode", best.programme().code(), Confidence.MEDIUM, span,
                    new ExtractionNote.AlsoNamesProgramme(scores.get(1).programme().code())));
        } else {
            r.extract(Extraction.doubtful("programmeCode", best.programme().code(), Confidence.MEDIUM, span,
                    new ExtractionNote.ProgrammeNamedOnce()));
        }
    }

    /**
     * Where {@code keyword} occurs as a whole phrase, ignoring case, its words apart by any spaces or a line break (a
     * long title is broken over lines); each with where it ends.
     */
    static List<int[]> occurrences(String text, String keyword) {
        List<int[]> found = new ArrayList<>();
        String words = java.util.Arrays.stream(keyword.strip().split("\\s+")).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("\\s+"));
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + words + "(?![\\p{L}\\d])", Lexicon.FLAGS).matcher(text);
        while (m.find()) {
            found.add(new int[]{m.start(), m.end()});
        }
        return found;
    }

    private ProgrammeReader() {
    }
}
