package vn.taphuan.kit.refusal;

import java.util.Map;

/**
 * A reason whose problem tells a program more than its words: members set beside {@code detail} in the problem
 * details (e.g. the period a write is locked in and who approved it), so a page need not parse a sentence. Values
 * are plain JSON: strings, numbers, maps and lists of them.
 */
public interface WithProperties {

    Map<String, Object> problemProperties();
}
