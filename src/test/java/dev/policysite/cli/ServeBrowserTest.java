package dev.policysite.cli;

import dev.policysite.browser.Browser;
import dev.policysite.serve.ServeSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code policysite serve} in a real headless Chromium on a copy of the bundled content: a saved edit
 * reloads the open page by itself; a broken edit shows the one-line error over the last good page
 * until the file is fixed. Prints (does not assert) how long a save takes to reach the served site.
 */
class ServeBrowserTest {
    /** A rebuild on a loaded 2-core machine can take seconds; only a broken serve needs this long. */
    private static final Duration REBUILD = Duration.ofSeconds(60);
    private static final String PAGE = "aws/role-chaining/";
    private static final String HEADING = "# AWS IAM role chaining\n";

    @TempDir
    static Path tmp;
    private static ServeFixture.Served served;
    private static Browser browser;
    private static Path page;
    private static String original;
    /** Every finished build, with the System.nanoTime() it finished at. */
    private static final BlockingQueue<Finished> builds = new LinkedBlockingQueue<>();

    record Finished(ServeSession.Rebuild rebuild, long at) {
    }

    @BeforeAll
    static void serveAndOpenBrowser() throws IOException {
        Browser.assumeAvailable();
        Path config = ServeFixture.copyBundledProject(tmp.resolve("project"));
        page = tmp.resolve("project/content/aws/role-chaining.md");
        original = Files.readString(page);
        assertThat(original).contains(HEADING);
        served = ServeFixture.serve("--config", config.toString(), "--dev-addr", "127.0.0.1:0");
        served.session().addListener(r -> builds.add(new Finished(r, System.nanoTime())));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void openThePage() {
        browser.open(served.url(PAGE));
        awaitLiveReloadConnected();
        builds.clear();
    }

    @AfterEach
    void restoreThePage() throws Exception {
        if (!Files.readString(page).equals(original)) {
            builds.clear();
            save(original);
            awaitBuild();
        }
    }

    /** Saves the page the way many editors do (write a temporary file, rename it over), as one change. */
    private static void save(String text) throws IOException {
        Path temp = page.resolveSibling(page.getFileName() + ".tmp-" + System.nanoTime());
        Files.writeString(temp, text);
        Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Finished awaitBuild() throws InterruptedException {
        Finished f = builds.poll(REBUILD.toSeconds(), TimeUnit.SECONDS);
        assertThat(f).as("a rebuild after the save").isNotNull();
        return f;
    }

    private static void awaitLiveReloadConnected() {
        browser.waitUntil(REBUILD, d -> Long.valueOf(1).equals(
                browser.js("return window.__policysiteLiveReload && window.__policysiteLiveReload.source.readyState")));
    }

    private static String heading() {
        return (String) browser.js("var h = document.querySelector('.ps-article h1'); return h && h.firstChild.textContent");
    }

    /** Marks the loaded document; a reload replaces it, and the mark is gone. */
    private static void mark() {
        browser.js("window.__sameDocument = true");
    }

    private static boolean sameDocument() {
        return Boolean.TRUE.equals(browser.js("return window.__sameDocument === true"));
    }

    private static WebElement overlay() {
        List<WebElement> found = browser.driver().findElements(By.id("policysite-build-error"));
        return found.isEmpty() ? null : found.get(0);
    }

    private static String edited(String heading) {
        return original.replace(HEADING, "# " + heading + "\n");
    }

    @Test
    void aSavedEditReloadsThePage() throws Exception {
        assertThat(heading()).isEqualTo("AWS IAM role chaining");
        mark();
        long saved = System.nanoTime();
        save(edited("Role chaining, edited"));
        Finished built = awaitBuild();
        assertThat(built.rebuild().ok()).as(built.rebuild().error()).isTrue();
        assertThat(built.rebuild().changed()).containsExactly(page.toAbsolutePath().normalize());
        browser.waitUntil(REBUILD, d -> !sameDocument() && "Role chaining, edited".equals(heading()));
        long shown = System.nanoTime();
        assertThat(served.session().siteDir().resolve(PAGE + "index.html")).content().contains(">Role chaining, edited<");
        System.out.printf(Locale.ROOT, "serve timing: save -> site written %d ms (build %d ms), -> page reloaded %d ms%n",
                (built.at() - saved) / 1_000_000, built.rebuild().millis(), (shown - saved) / 1_000_000);
    }

    @Test
    void aBrokenEditShowsTheErrorOverTheLastGoodPageUntilFixed() throws Exception {
        save(edited("Last good heading"));
        browser.waitUntil(REBUILD, d -> "Last good heading".equals(heading()));
        awaitLiveReloadConnected();
        mark();
        builds.clear();

        String broken = edited("Broken heading") + "\n{!no-such-file.md!}\n";
        int line = (int) broken.lines().count();
        save(broken);
        Finished failed = awaitBuild();
        assertThat(failed.rebuild().ok()).isFalse();
        WebElement box = browser.waitUntil(REBUILD, d -> overlay() != null && overlay().isDisplayed() ? overlay() : null);
        String error = box.findElement(By.tagName("pre")).getText();
        assertThat(error).isEqualTo(failed.rebuild().error())
                .contains("role-chaining.md:" + line + ":").contains("error:").contains("no-such-file.md")
                .doesNotContain("\n");
        assertThat(box.getAttribute("role")).isEqualTo("alert");
        // no reload: the last good page stays underneath
        assertThat(sameDocument()).isTrue();
        assertThat(heading()).isEqualTo("Last good heading");

        // a tab opened (or reloaded) while the site is broken gets the last good page and the error at once
        browser.driver().navigate().refresh();
        browser.waitUntil(REBUILD, d -> overlay() != null && overlay().isDisplayed());
        assertThat(heading()).isEqualTo("Last good heading");
        assertThat(overlay().findElement(By.tagName("pre")).getText()).isEqualTo(failed.rebuild().error());
        awaitLiveReloadConnected();

        save(edited("Fixed heading"));
        browser.waitUntil(REBUILD, d -> overlay() == null && "Fixed heading".equals(heading()));
    }

    @Test
    void aPageWhoseStreamConnectsAfterARebuildReloadsToo() throws Exception {
        // the page's stream is closed, so it misses the reload the next rebuild sends ...
        browser.js("window.__policysiteLiveReload.source.close()");
        mark();
        save(edited("Edited while disconnected"));
        assertThat(awaitBuild().rebuild().ok()).isTrue();
        assertThat(heading()).isEqualTo("AWS IAM role chaining");
        // ... as a page does whose stream opens just after a rebuild: the script, started again with the
        // page's build number, learns that a newer build exists and reloads
        browser.js("var old = document.querySelector('script[data-build]');"
                + "var again = document.createElement('script');"
                + "again.src = old.src; again.setAttribute('data-build', old.getAttribute('data-build'));"
                + "document.body.appendChild(again)");
        browser.waitUntil(REBUILD, d -> !sameDocument() && "Edited while disconnected".equals(heading()));
    }
}
