package vn.taphuan.localstack;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A browser test told as one story: its steps run in order, each reported on its own, and once one fails the rest
 * are skipped (they would only fail for the same reason, hiding it).
 */
final class Story {

    private Story() {
    }

    record Step(String name, Executable work) {
    }

    static Step step(String name, Executable work) {
        return new Step(name, work);
    }

    static List<DynamicTest> story(Step... steps) {
        boolean[] failed = {false};
        return Arrays.stream(steps).map(step -> DynamicTest.dynamicTest(step.name(), () -> {
            assumeTrue(!failed[0], "an earlier step of the story failed");
            try {
                step.work().execute();
            } catch (Throwable e) {
                failed[0] = true;
                throw e;
            }
        })).toList();
    }
}
