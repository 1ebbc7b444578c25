package vn.taphuan.bench.load;

import java.time.Duration;
import java.util.Map;

/**
 * A command on a versioned resource, as an officer sends it from a page: with the version last read in
 * {@code If-Match}; when the service answers 412 (someone or something changed it meanwhile), the page is reloaded
 * and the command sent again with the fresh version, a few times. Each 412 is counted as a failure of its step, so a
 * race stays visible.
 */
final class Versioned {

    private static final Duration CALL = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 3;

    private Versioned() {
    }

    /**
     * @param version the version the caller holds, or -1 to read it first from {@code resourceUrl}
     */
    static ApiClient.Answer post(ApiClient api, String token, String resourceUrl, String commandUrl, long version,
                                 Map<String, Object> fields, Failures failures, String step, String context) {
        ApiClient.Answer answer = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (version < 0) {
                ApiClient.Answer current = api.get(resourceUrl, token, CALL);
                if (!current.ok()) {
                    return current;
                }
                version = current.body().path("version").asLong();
            }
            answer = api.postAt(commandUrl, token, version, fields, CALL);
            if (answer.status() != 412) {
                return answer;
            }
            failures.record(step + " (412, sent again with the version read anew)", answer, context);
            version = -1;
        }
        return answer;
    }
}
