package vn.taphuan.plan.programme;

import java.util.List;

/**
 * One group of the programme's topic framework, e.g. NTM "Nhóm các nội dung cơ bản về xây dựng NTM" with 6 topics.
 *
 * @param name       the group's name as the framework words it (Vietnamese)
 * @param topicCount how many topics (chuyên đề) the group has
 * @param topics     the topics' titles where the framework lists them; may be empty
 */
public record TopicGroup(String name, int topicCount, List<String> topics) {

    public TopicGroup {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** True if {@code topic} names this group or one of its topics. */
    public boolean covers(String topic) {
        return name.equalsIgnoreCase(topic) || topics.stream().anyMatch(t -> t.equalsIgnoreCase(topic));
    }
}
