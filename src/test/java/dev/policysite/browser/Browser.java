package dev.policysite.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebDriverException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Test helper: a real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}, given
 * explicitly so nothing is downloaded), with a fresh profile and its own download folder. Tests call
 * {@link #assumeAvailable()} first: they are skipped only where the browser is not installed (CI installs it)
 * or with {@code -DskipBrowserTests=true}.
 * <pre>{@code
 * try (StaticServer server = StaticServer.serve(siteDir); Browser browser = Browser.start()) {
 *     browser.open(server.url("guides/"));
 *     browser.driver().findElement(By.cssSelector(".ps-nav a")).click();
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
            "--mute-audio", "--no-default-browser-check", "--disable-features=Translate,MediaRouter,OptimizationHints");

    /** Selenium warns that it has no CDP bindings for this Chromium; the few CDP commands used go through chromedriver. */
    private static final java.util.logging.Logger SELENIUM_LOG = quiet();

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, Path downloads) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.openqa.selenium");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** Skips the calling test when Chromium or its driver is missing, or browser tests are switched off. */
    public static void assumeAvailable() {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests switched off (-DskipBrowserTests)");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install -y chromium chromium-driver)");
    }

    /** A desktop-sized window (1280×900). */
    public static Browser start() {
        return start(1280, 900);
    }

    public static Browser start(int width, int height) {
        assumeAvailable();
        Path profile = tempDir("policysite-chrome-profile");
        Path downloads = tempDir("policysite-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("download.directory_upgrade", true);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteTree(profile);
            deleteTree(downloads);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        // headless Chrome needs to be told where downloads go and that they are allowed
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return new Browser(driver, service, profile, downloads);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Where downloads land (empty at the start). */
    public Path downloads() {
        return downloads;
    }

    /** Opens {@code url} and waits until the document has loaded. */
    public void open(String url) {
        driver.get(url);
        waitUntil(d -> "complete".equals(js("return document.readyState")));
    }

    /** Runs a script in the page (use {@code return ...} to get a value). */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Polls {@code condition} until it gives true or a non-null value (lookups that throw count as "not yet");
     * fails after 10 seconds, which only a broken page needs.
     */
    public <T> T waitUntil(Function<ChromeDriver, T> condition) {
        return waitUntil(Duration.ofSeconds(10), condition);
    }

    /** As {@link #waitUntil(Function)}, for things that take longer on a busy machine (a rebuild, a download). */
    public <T> T waitUntil(Duration timeout, Function<ChromeDriver, T> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                T value = condition.apply(driver);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (WebDriverException e) {
                last = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in the browser within " + timeout.toSeconds() + " s", last);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /**
     * Waits until Chrome has finished downloading {@code fileName} into {@link #downloads()} and returns the
     * file; the caller deletes it when a later download may have the same name (Chrome would add " (1)").
     */
    public Path awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        Path partial = downloads.resolve(fileName + ".crdownload");
        waitUntil(Duration.ofSeconds(30), d -> Files.isRegularFile(file) && !Files.exists(partial));
        return file;
    }

    /** Pretends to be a phone (or any size) without restarting: device metrics as Chrome's device mode sets them. */
    public void emulate(int width, int height, double scale, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
    }

    /** Forces the page's {@code prefers-color-scheme} ("light" or "dark"). */
    public void emulateColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A PNG of the visible window, or of the whole page when {@code fullPage}. */
    @SuppressWarnings("unchecked")
    public void screenshot(Path file, boolean fullPage) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!fullPage) {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
                return;
            }
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteTree(profile);
            deleteTree(downloads);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is not worth failing a test for
        }
    }
}
