package vn.taphuan.localstack;

import java.nio.file.Path;

/**
 * Screenshots of the dashboards. They go to {@code target/screenshots/}; with {@code -Dtaphuan.screenshots=update}
 * they also replace the README's pictures in {@code docs/screenshots/} (kept out of ordinary runs so that running
 * the tests leaves the working tree as it was).
 */
final class Screenshots {

    /** A picture of a step (the whole page), for whoever reads the test's results. */
    static void save(Browser browser, String name) {
        browser.screenshot(Path.of("target", "screenshots", name + ".png"), true);
    }

    /** A picture the README shows: what the window shows. */
    static void saveForReadme(Browser browser, String name) {
        browser.screenshot(Path.of("target", "screenshots", name + ".png"), false);
        if ("update".equals(System.getProperty("taphuan.screenshots"))) {
            browser.screenshot(TestStack.root().resolve("docs/screenshots/" + name + ".png"), false);
        }
    }

    /** A picture the README shows: one part of the page. */
    static void saveForReadme(Browser browser, String name, String testId) {
        browser.screenshotOf(testId, Path.of("target", "screenshots", name + ".png"));
        if ("update".equals(System.getProperty("taphuan.screenshots"))) {
            browser.screenshotOf(testId, TestStack.root().resolve("docs/screenshots/" + name + ".png"));
        }
    }

    private Screenshots() {
    }
}
