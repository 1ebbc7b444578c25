package vn.taphuan.localstack;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven through its ChromeDriver — the SYSTEM browser and driver (Debian's {@code chromium}
 * and {@code chromium-driver}); Selenium Manager is never asked to download anything, because both paths are given.
 * When they are missing, they are installed with apt-get if this runs as root (as {@code .ci/run} does), otherwise
 * the test fails saying what to install.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("taphuan.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("taphuan.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * Selenium warns that it has no DevTools binding for this Chromium version; the tests use none (only the
     * driver's own CDP commands), so the warning is noise. Held here so the settings are not collected.
     */
    private static final List<Logger> QUIET = new ArrayList<>();

    static {
        for (String name : List.of("org.openqa.selenium.devtools", "org.openqa.selenium.chromium")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            QUIET.add(logger);
        }
    }

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, String baseUrl, Path profile, Path downloads) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** A fresh browser (own profile, own download folder) in a laptop-sized window, Vietnamese first. */
    static Browser open(String baseUrl) {
        ensureInstalled();
        try {
            Path profile = Files.createTempDirectory("taphuan-chromium-");
            Path downloads = Files.createTempDirectory("taphuan-downloads-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=vi-VN");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "intl.accept_languages", "vi-VN,vi"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            return new Browser(driver, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs Debian's Chromium and its driver when they are missing and we may; else fails with what to do. */
    static synchronized void ensureInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean apt = Files.isExecutable(Path.of("/usr/bin/apt-get"));
        if (root && apt) {
            run("apt-get", "update", "-qq");
            run("apt-get", "install", "-y", "-qq", "chromium", "chromium-driver");
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": install them (Debian/Ubuntu: sudo apt-get install chromium chromium-driver) "
                    + "or name them with -Dtaphuan.chromium=… -Dtaphuan.chromedriver=…");
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- navigation

    /** Opens {@code count} more tabs on the current page (each a copy of this tab's session); their handles. */
    List<String> openTabs(int count) {
        java.util.Set<String> before = driver.getWindowHandles();
        for (int i = 0; i < count; i++) {
            js("window.open(location.href, '_blank')");
        }
        waitUntil(() -> driver.getWindowHandles().size() == before.size() + count);
        List<String> opened = new java.util.ArrayList<>(driver.getWindowHandles());
        opened.removeAll(before);
        return opened;
    }

    /** Clicks the element {@code testId} at {@code x}, {@code y} pixels from its top left corner (a chart's bar). */
    void clickAt(String testId, int x, int y) {
        WebElement element = testId(testId);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        org.openqa.selenium.Rectangle box = element.getRect();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, x - box.getWidth() / 2, y - box.getHeight() / 2).click().perform();
    }

    /** The tab being driven. */
    String currentTab() {
        return driver.getWindowHandle();
    }

    /** Drives the tab {@code handle} from now on. */
    void switchTo(String handle) {
        driver.switchTo().window(handle);
    }

    /** Closes the tabs {@code handles} and drives {@code keep} again. */
    void closeTabs(List<String> handles, String keep) {
        for (String handle : handles) {
            driver.switchTo().window(handle);
            driver.close();
        }
        driver.switchTo().window(keep);
    }

    /**
     * Opens {@code route} afresh, the application loaded anew (the session stays: it lives in the tab): a page already
     * showing the route would otherwise be kept as it is, filters and all.
     */
    Browser reopen(String route) {
        driver.get("about:blank");
        return go(route);
    }

    /** Opens a page of the dashboards by its route, e.g. {@code #/national}. */
    Browser go(String route) {
        driver.get(baseUrl + route);
        return this;
    }

    /** Signs in through the form, as a person would, and waits for the page of the user's role. */
    Browser signIn(String username, String password) {
        go("#/sign-in");
        WebElement user = await(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("[data-testid=sign-in]")).click();
        waitUntil(() -> !hash().startsWith("#/sign-in") && !driver.findElements(By.cssSelector("main h1")).isEmpty()
                && driver.findElements(By.cssSelector("main .loading")).isEmpty());
        return this;
    }

    Browser signOut() {
        testId("sign-out").click();
        waitUntil(() -> hash().startsWith("#/sign-in"));
        return this;
    }

    String hash() {
        Object hash = js("return location.hash");
        return hash == null ? "" : hash.toString();
    }

    // ---------------------------------------------------------------- finding and reading

    /** The first element {@code by} finds once it is shown; one the page re-renders meanwhile is looked for again. */
    WebElement await(By by) {
        return wait(WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    WebElement testId(String id) {
        return await(By.cssSelector("[data-testid=\"" + id + "\"]"));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String testId) {
        return !driver.findElements(By.cssSelector("[data-testid=\"" + testId + "\"]")).isEmpty();
    }

    /** Text as shown (non-breaking spaces as plain ones, so "6.889.000.000 ₫" compares simply). */
    String text(String testId) {
        return normalise(testId(testId).getText());
    }

    String mainText() {
        return normalise(driver.findElement(By.tagName("main")).getText());
    }

    static String normalise(String text) {
        return text == null ? null : text.replace('\u00a0', ' ').strip();
    }

    /**
     * Waits until the element shows what the API says — read again at each attempt, since the shared stack may move
     * on between the two reads — and fails with both when it does not.
     */
    void awaitText(String testId, Supplier<String> expected) {
        String[] last = new String[2];
        try {
            waitUntil(() -> {
                last[0] = expected.get();
                last[1] = present(testId) ? text(testId) : null;
                return last[0].equals(last[1]);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("[" + testId + "] shows \"" + last[1] + "\", the API says \"" + last[0] + "\"");
        }
    }

    void waitUntil(Supplier<Boolean> condition) {
        wait(WAIT).ignoring(StaleElementReferenceException.class).until(d -> condition.get());
    }

    void waitUntil(Duration timeout, Supplier<Boolean> condition) {
        wait(timeout).ignoring(StaleElementReferenceException.class).until(d -> condition.get());
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100));
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Sets a field's value as typing would (dates and long texts are slow or locale-bound to type). */
    void fill(WebElement field, String value) {
        js("const e = arguments[0]; e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true}));"
                + "e.dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    void fill(String css, String value) {
        // the page may draw the field again between finding and filling it: find it anew until the fill lands
        wait(WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            fill(d.findElement(By.cssSelector(css)), value);
            return true;
        });
    }

    /** Chooses {@code value} in a {@code <select>} once the page has given it that option (options may load late). */
    void select(String css, String value) {
        wait(WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement field = d.findElement(By.cssSelector(css));
            if (!Boolean.TRUE.equals(js("const e = arguments[0]; return e.tagName !== 'SELECT'"
                    + " || Array.from(e.options).some(o => o.value === arguments[1]);", field, value))) {
                return false;
            }
            fill(field, value);
            return true;
        });
    }

    void click(String testId) {
        WebElement element = testId(testId);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Chooses a file for an {@code <input type=file>}. */
    void upload(String css, Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    }

    // ---------------------------------------------------------------- the page as a whole

    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Emulates a phone's screen (a window cannot be made that narrow), until {@link #laptop()}. */
    void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
    }

    void laptop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    long innerWidth() {
        return (Long) js("return window.innerWidth");
    }

    /** True when the page is no wider than the window (nothing to scroll sideways on a phone). */
    boolean fitsWidth() {
        return (Boolean) js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
    }

    /** Origins of everything the page loaded or called: scripts, styles, fonts, APIs. */
    List<String> requestedOrigins() {
        @SuppressWarnings("unchecked")
        List<String> origins = (List<String>) js("return [...new Set(performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).origin).concat([location.origin]))]");
        return origins;
    }

    /** Script errors the page logged (failed API answers, which the pages show as problems, are not errors). */
    List<String> scriptErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("Failed to load resource")) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** Saves what the window shows; with {@code fullPage} the window first grows to the page's height. */
    void screenshot(Path file, boolean fullPage) {
        try {
            Dimension before = driver.manage().window().getSize();
            if (fullPage) {
                long height = (Long) js("return document.documentElement.scrollHeight");
                viewport(before.getWidth(), (int) Math.min(height + 120, 6000));
            }
            js("window.scrollTo(0, 0)");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            if (fullPage) {
                viewport(before.getWidth(), before.getHeight());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A picture of one part of the page, scrolled into view: what a reader of the README needs to see of it. */
    void screenshotOf(String testId, Path file) {
        try {
            WebElement element = testId(testId);
            js("arguments[0].scrollIntoView({block: 'start'})", element);
            Files.createDirectories(file.getParent());
            Files.write(file, element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a finished download whose name ends with {@code suffix}. */
    Path awaitDownload(String suffix) {
        Path[] found = new Path[1];
        waitUntil(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                found[0] = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found[0];
    }

    @Override
    public void close() {
        driver.quit();
        delete(profile);
        delete(downloads);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
