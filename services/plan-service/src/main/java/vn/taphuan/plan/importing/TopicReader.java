package vn.taphuan.plan.importing;

import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.TopicGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topic groups: "Nhóm các nội dung cơ bản về xây dựng NTM với 6 chuyên đề". Each group is matched to the programme's
 * topic framework (by name, or by its number of topics) and the framework's name goes on the training lines.
 */
final class TopicReader {

    private static final Pattern GROUP = Pattern.compile(
            "(?<name>nhóm\\s+[^;.:]*?)\\s+(?:với|gồm|có)\\s+(?<n>\\d{1,3})\\s+chuyên\\s+đề", Lexicon.FLAGS);

    static void read(Reading r) {
        Matcher m = GROUP.matcher(r.text());
        List<String> topics = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<Confidence> confidences = new ArrayList<>();
        while (m.find()) {
            String written = m.group("name").strip();
            int count = Integer.parseInt(m.group("n"));
            Span span = r.span(m.start(), m.end());
            Optional<TopicGroup> framework = match(r, written, count);
            if (framework.isEmpty()) {
                r.find("targetLines", new ImportFinding.TopicGroupOutsideFramework(written), span);
                continue;
            }
            topics.add(framework.get().name());
            spans.add(span);
            confidences.add(normalise(framework.get().name()).equals(normalise(written)) ? Confidence.HIGH : Confidence.MEDIUM);
        }
        if (topics.isEmpty()) {
            return;
        }
        List<LineDraft> training = r.lines.stream().filter(l -> l.activityKind == ActivityKind.TRAINING_CLASS
                || l.activityKind == ActivityKind.E_LEARNING_COHORT).toList();
        if (training.isEmpty()) {
            r.find("targetLines", new ImportFinding.TopicsWithoutTrainingLine(), spans.get(0));
            return;
        }
        for (LineDraft line : training) {
            for (int i = 0; i < topics.size(); i++) {
                line.topics.add(topics.get(i));
                String field = "topics[" + (line.topics.size() - 1) + "]";
                line.extract(confidences.get(i) == Confidence.HIGH ? Extraction.certain(field, topics.get(i), spans.get(i))
                        : Extraction.doubtful(field, topics.get(i), Confidence.MEDIUM, spans.get(i),
                        new ExtractionNote.TopicGroupByCount()));
            }
        }
    }

    private static Optional<TopicGroup> match(Reading r, String written, int count) {
        if (r.programme == null) {
            return Optional.empty();
        }
        List<TopicGroup> groups = r.programme.definition().topicGroups();
        Optional<TopicGroup> byName = groups.stream().filter(g -> normalise(g.name()).equals(normalise(written))).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        List<TopicGroup> byCount = groups.stream().filter(g -> g.topicCount() == count).toList();
        return byCount.size() == 1 ? Optional.of(byCount.get(0)) : Optional.empty();
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private TopicReader() {
    }
}
