package dev.policysite.theme;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.browser.Browser;
import dev.policysite.browser.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme in a real headless Chromium: navigation, search, tabs, code buttons, colour schemes, the phone drawer. */
class ThemeBrowserTest {
    @TempDir
    static Path tmp;
    private static Path site;
    private static StaticServer server;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        site = TestSite.buildSample(tmp.resolve("site"));
        server = StaticServer.serve(site);
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens a page of the served site with nothing remembered from earlier tests and the light system scheme. */
    private static void fresh(String path) {
        browser.emulateColorScheme("light");
        browser.emulate(1280, 900, 1, false);
        browser.open(server.url(path));
        browser.js("localStorage.clear()");
        browser.open(server.url(path));
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    @Test
    void clickingNavAndTocLinks() {
        fresh("guides/aws/cross-account/");
        find("#ps-nav a[href$='guides/aws/troubleshooting/']").click();
        browser.waitUntil(d -> d.getTitle().equals("Troubleshooting - Acme Cloud Access"));
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url("guides/aws/troubleshooting/"));
        assertThat(find("#ps-nav [aria-current=page]").getText()).isEqualTo("Troubleshooting");

        // a closed section opens on click, and its pages are reachable
        WebElement reference = find("#ps-nav li.ps-nav-section:not(.ps-active) > details > summary");
        assertThat(reference.getText()).isEqualTo("Reference");
        assertThat(find("#ps-nav a[href$='reference/admonitions/']").isDisplayed()).isFalse();
        reference.click();
        find("#ps-nav a[href$='reference/admonitions/']").click();
        browser.waitUntil(d -> d.getTitle().startsWith("Admonitions"));
        assertThat(find("#ps-nav [aria-current=page]").getText()).isEqualTo("Admonitions");

        browser.open(server.url("guides/aws/troubleshooting/"));
        find(".ps-toc a[href='#snapshot-quota-exceeded']").click();
        browser.waitUntil(d -> browser.js("return location.hash").equals("#snapshot-quota-exceeded"));
        browser.waitUntil(d -> find(".ps-toc a[href='#snapshot-quota-exceeded']").getAttribute("class").contains("ps-toc-active"));
        Number top = (Number) browser.js("return document.getElementById('snapshot-quota-exceeded').getBoundingClientRect().top");
        Number header = (Number) browser.js("return document.querySelector('.ps-header').getBoundingClientRect().bottom");
        Number height = (Number) browser.js("return window.innerHeight");
        // the heading is in view, not under the sticky header
        assertThat(top.doubleValue()).isGreaterThanOrEqualTo(header.doubleValue()).isLessThan(height.doubleValue() - 20);
        assertThat((Number) browser.js("return window.scrollY")).matches(y -> y.doubleValue() > 0, "the page scrolled");
    }

    @Test
    void searchAsYouTypeWithKeyboard() {
        fresh("");
        find("body").sendKeys("/");
        WebElement input = find("#ps-search-input");
        assertThat(driver.switchTo().activeElement()).isEqualTo(input);
        input.sendKeys("snapshot quo");
        browser.waitUntil(d -> !findAll(".ps-search-result").isEmpty());
        WebElement first = findAll(".ps-search-result").get(0);
        assertThat(first.findElement(By.cssSelector(".ps-search-result-title")).getText()).isEqualTo("Snapshot quota exceeded");
        assertThat(first.findElement(By.cssSelector(".ps-search-result-page")).getText()).isEqualTo("Troubleshooting");
        assertThat(first.findElements(By.cssSelector("mark"))).extracting(WebElement::getText).contains("Snapshot", "quo");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");

        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        input.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().equals(server.url("guides/aws/troubleshooting/#snapshot-quota-exceeded")));
        assertThat(driver.getTitle()).isEqualTo("Troubleshooting - Acme Cloud Access");

        // all words must match; a title match ranks before a text match
        input = find("#ps-search-input");
        input.sendKeys("cross account");
        browser.waitUntil(d -> !findAll(".ps-search-result").isEmpty());
        assertThat(find(".ps-search-result .ps-search-result-title").getText()).isEqualTo("Cross-account role");
        input.sendKeys(" zebra");
        browser.waitUntil(d -> find("#ps-search-status").getText().equals("No results for “cross account zebra”"));
        assertThat(findAll(".ps-search-result")).isEmpty();
        input.sendKeys(Keys.ESCAPE);
        assertThat(find(".ps-search-panel").isDisplayed()).isFalse();
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void searchResultClickWorksFromFileUrls() {
        browser.emulate(1280, 900, 1, false);
        browser.open(site.resolve("index.html").toUri().toString());
        // folder links get their index.html on file://, or the browser would show a directory listing
        assertThat(find("#ps-nav a[href*='getting-started']").getAttribute("href"))
                .isEqualTo(site.resolve("guides/getting-started/index.html").toUri().toString());
        WebElement input = find("#ps-search-input");
        input.click();
        input.sendKeys("rotating");
        browser.waitUntil(d -> !findAll(".ps-search-result").isEmpty());
        WebElement result = find(".ps-search-result a");
        assertThat(result.getText()).contains("Rotating the ID").contains("Cross-account role");
        result.click();
        browser.waitUntil(d -> d.getTitle().startsWith("Cross-account role"));
        assertThat(driver.getCurrentUrl()).isEqualTo(site.resolve("guides/aws/cross-account/index.html").toUri() + "#rotating-the-id");
    }

    @Test
    void tabsSwitchWithoutReloadAndAreRememberedAcrossPages() {
        fresh("guides/getting-started/");
        browser.js("window.__marker = 1");
        List<WebElement> sets = findAll(".tabbed-set");
        WebElement install = sets.get(0);
        assertThat(visibleBlockText(install)).contains("resource \"aws_iam_role\"");
        install.findElement(By.xpath("./div[@class='tabbed-labels']/label[.='CLI']")).click();
        assertThat(visibleBlockText(install)).contains("aws iam create-role");
        // the same label is picked in the other set on the page, with no reload
        assertThat(visibleBlockText(sets.get(1))).contains("aws iam get-role");
        assertThat(browser.js("return window.__marker")).isEqualTo(1L);

        browser.open(server.url("guides/aws/troubleshooting/"));
        assertThat(visibleBlockText(find(".tabbed-set"))).contains("aws iam get-role --role-name acme-backup");

        // a label a set does not have leaves it on the most recent one it has
        browser.open(server.url("guides/getting-started/"));
        findAll(".tabbed-set").get(0).findElement(By.xpath("./div[@class='tabbed-labels']/label[.='CloudFormation']")).click();
        browser.open(server.url("guides/getting-started/"));
        assertThat(visibleBlockText(findAll(".tabbed-set").get(0))).contains("AWS::IAM::Role");
        assertThat(visibleBlockText(findAll(".tabbed-set").get(1))).contains("aws iam get-role");
    }

    private static String visibleBlockText(WebElement set) {
        List<WebElement> shown = set.findElements(By.cssSelector(".tabbed-content > .tabbed-block")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize(1);
        return shown.get(0).getText();
    }

    @Test
    void copyButtonPutsTheCodeOnTheClipboard() {
        fresh("guides/aws/cross-account/");
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url("").replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement block = findAll(".ps-code").get(1);
        new Actions(driver).moveToElement(block).perform();
        WebElement button = block.findElement(By.cssSelector("button.ps-copy"));
        assertThat(button.getAttribute("aria-label")).isEqualTo("Copy code to clipboard");
        button.click();
        browser.waitUntil(d -> "Copied".equals(button.getAttribute("aria-label")));
        assertThat(block.findElement(By.cssSelector(".ps-code-toolbar")).getAttribute("class")).contains("ps-copied");
        assertThat(button.getText()).isEqualTo("Copied");
        Object clipboard = driver.executeAsyncScript("var done = arguments[0]; navigator.clipboard.readText().then(done, e => done('ERR ' + e))");
        assertThat(clipboard).isEqualTo("{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},"
                + " \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"<EXTERNAL_ID>\"}}}\n");

        // where the Clipboard API is missing, the fallback copies as well
        browser.js("window.__clipboard = navigator.clipboard;"
                + "Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true})");
        WebElement python = findAll(".ps-code").get(2);
        new Actions(driver).moveToElement(python).perform();
        WebElement fallback = python.findElement(By.cssSelector("button.ps-copy"));
        fallback.click();
        browser.waitUntil(d -> "Copied".equals(fallback.getAttribute("aria-label")));
        Object copied = driver.executeAsyncScript("var done = arguments[0]; window.__clipboard.readText().then(done, e => done('ERR ' + e))");
        assertThat(copied).isEqualTo("print(\"not highlighted: <b>ok</b>\")\n");
    }

    @Test
    void everythingLoadsFromTheSiteItself() {
        fresh("guides/aws/cross-account/");
        find("#ps-search-input").sendKeys("policy");
        browser.waitUntil(d -> !findAll(".ps-search-result").isEmpty());
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.js("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).contains(server.url("assets/policysite/site.css"), server.url("assets/policysite/site.js"),
                server.url("search/search_index.js"));
        assertThat(loaded).allSatisfy(url -> assertThat(url).startsWith(server.url("")));
    }

    @Test
    void policyBlocksDownloadTheirJsonAndLinkToTheBuilder() throws Exception {
        fresh("guides/aws/cross-account/");
        WebElement actions = find(".ps-policy-actions");
        assertThat(find("pre[data-policy] + .ps-policy-actions, pre[data-policy] ~ .ps-policy-actions")).isEqualTo(actions);
        assertThat(actions.findElement(By.cssSelector("a.ps-builder-link")).getAttribute("href"))
                .isEqualTo(server.url("policies/aws-cross-account/"));
        WebElement download = actions.findElement(By.cssSelector("button.ps-download"));
        assertThat(download.getAttribute("aria-label")).isEqualTo("Download aws-cross-account-without-backup.json");
        download.click();
        Path file = browser.downloads().resolve("aws-cross-account-without-backup.json");
        browser.waitUntil(d -> Files.isRegularFile(file) && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(find("pre[data-policy] > code").getAttribute("textContent"));
        Map<?, ?> parsed = new ObjectMapper().readValue(json, Map.class);
        assertThat(parsed.get("Version")).isEqualTo("2012-10-17");
        assertThat(json).contains("arn:aws:s3:::acme-reports/${aws:username}/*");
    }

    @Test
    void darkModeToggleIsRememberedAndTheSystemSchemeIsTheDefault() {
        fresh("");
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("light");
        String lightBg = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        WebElement toggle = find(".ps-theme-toggle");
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Switch to dark theme");
        toggle.click();
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        assertThat(find(".ps-theme-toggle").getAttribute("aria-label")).isEqualTo("Switch to light theme");
        String darkBg = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        assertThat(darkBg).isNotEqualTo(lightBg);
        assertThat(luminance(darkBg)).isLessThan(0.05);

        driver.navigate().refresh();
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        browser.open(server.url("reference/tables/"));
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");

        // with no choice stored, the system's preference decides
        browser.js("localStorage.clear()");
        browser.emulateColorScheme("dark");
        browser.open(server.url(""));
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        browser.emulateColorScheme("light");
    }

    @Test
    void textContrastIsAtLeastFourAndAHalfInBothSchemes() {
        fresh("guides/aws/cross-account/");
        for (String scheme : new String[] {"light", "dark"}) {
            setSchemeAtOnce(scheme);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> pairs = (List<Map<String, Object>>) browser.js(CONTRAST_JS,
                    List.of(".ps-article > p", ".ps-article h2", ".ps-nav-link", ".ps-current > .ps-nav-link",
                            ".ps-toc-link", ".ps-toc-title", ".ps-footer p", ".ps-search-input", ".ps-article p a",
                            ".ps-code-title", ".tok-key", ".tok-str", ".tok-num", ".tok-lit", ".tok-punct", ".tok-var",
                            ".admonition p:not(.admonition-title)", ".admonition-title", ".ps-pager-dir", ".ps-pager-title",
                            ".ps-button", ".ps-policy-file"));
            assertThat(pairs).hasSize(22);
            for (Map<String, Object> p : pairs) {
                assertThat(p.get("fg")).as(p.get("selector") + " is on the page").isNotEqualTo("missing");
                double ratio = contrast((String) p.get("fg"), (String) p.get("bg"));
                assertThat(ratio).as(scheme + " " + p.get("selector") + " " + p.get("fg") + " on " + p.get("bg"))
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        fresh("guides/getting-started/");
        for (String scheme : new String[] {"light", "dark"}) {
            setSchemeAtOnce(scheme);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> pairs = (List<Map<String, Object>>) browser.js(CONTRAST_JS,
                    List.of(".tok-kw", ".tok-fn", ".tok-attr", ".tok-op", ".tok-com"));
            for (Map<String, Object> p : pairs) {
                assertThat(p.get("fg")).as(p.get("selector") + " is on the page").isNotEqualTo("missing");
                assertThat(contrast((String) p.get("fg"), (String) p.get("bg"))).as(scheme + " " + p.get("selector"))
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    /** Switches the scheme with transitions off, so colours are read at their final values. */
    private static void setSchemeAtOnce(String scheme) {
        browser.js("var s = document.createElement('style'); s.textContent = '*, *::before, *::after { transition: none !important; }';"
                + "document.head.appendChild(s); document.documentElement.setAttribute('data-theme', arguments[0]);", scheme);
    }

    /**
     * For each selector's first element: its text colour and the colour behind it, as "r,g,b". The
     * backgrounds from the page up to the element are painted onto a canvas in order, so translucent tints
     * (admonition titles, highlighted nav items) are blended exactly as the browser shows them.
     */
    private static final String CONTRAST_JS = "var canvas = document.createElement('canvas'); canvas.width = canvas.height = 1;"
            + "var ctx = canvas.getContext('2d', {willReadFrequently: true});"
            + "function paint(colors) { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 1, 1);"
            + "  colors.forEach(function (c) { ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1); });"
            + "  var d = ctx.getImageData(0, 0, 1, 1).data; return d[0] + ',' + d[1] + ',' + d[2]; }"
            + "return arguments[0].map(function (sel) {"
            + "  var el = document.querySelector(sel); if (!el) return {selector: sel, fg: 'missing', bg: 'missing'};"
            + "  var layers = []; for (var n = el; n && n.nodeType === 1; n = n.parentElement) layers.unshift(getComputedStyle(n).backgroundColor);"
            + "  var bg = paint(layers);"
            + "  var fg = paint(layers.concat([getComputedStyle(el).color]));"
            + "  return {selector: sel, fg: fg, bg: bg}; });";

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            lin[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** The WCAG contrast ratio of two "r,g,b" colours. */
    private static double contrast(String fg, String bg) {
        double l1 = luminance(fg);
        double l2 = luminance(bg);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    @Test
    void phoneNavigationIsADrawer() {
        fresh("guides/aws/cross-account/");
        browser.emulate(390, 844, 2, true);
        driver.navigate().refresh();
        WebElement menu = find(".ps-menu-button");
        assertThat(menu.isDisplayed()).isTrue();
        assertThat(find("#ps-nav").isDisplayed()).isFalse();
        assertThat(find(".ps-sidebar-right").isDisplayed()).isFalse();
        menu.click();
        browser.waitUntil(d -> find("#ps-nav").isDisplayed());
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Cross-account role");
        // the page behind the drawer is out of reach while it is open
        assertThat(browser.js("return document.getElementById('content').inert")).isEqualTo(true);
        for (int i = 0; i < 12; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(browser.js("return document.getElementById('ps-nav').contains(document.activeElement)"))
                    .as("focus after %d tabs", i + 1).isEqualTo(true);
        }
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(d -> !find("#ps-nav").isDisplayed());
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.switchTo().activeElement()).isEqualTo(menu);
        assertThat(browser.js("return document.getElementById('content').inert")).isEqualTo(false);
        // nothing is wider than the phone's screen
        assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    }

    @Test
    void withoutJavaScriptThePhoneNavigationSitsAboveThePage() {
        browser.emulate(390, 844, 2, true);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(server.url("guides/aws/cross-account/"));
            assertThat(find("#ps-nav").isDisplayed()).isTrue();
            assertThat(find("#ps-nav [aria-current=page]").isDisplayed()).isTrue();
            // controls that would do nothing are not shown
            assertThat(find(".ps-menu-button").isDisplayed()).isFalse();
            assertThat(find(".ps-search").isDisplayed()).isFalse();
            assertThat(find(".ps-theme-toggle").isDisplayed()).isFalse();
            // tabs still switch: that is CSS
            browser.open(server.url("guides/getting-started/"));
            WebElement install = findAll(".tabbed-set").get(0);
            install.findElement(By.xpath("./div[@class='tabbed-labels']/label[.='CLI']")).click();
            assertThat(visibleBlockText(install)).contains("aws iam create-role");
            assertThat(visibleBlockText(findAll(".tabbed-set").get(1))).contains("terraform plan");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void skipLinkIsTheFirstTabStopAndFocusIsVisible() {
        fresh("guides/aws/cross-account/");
        find("body").sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(((Number) browser.js("return arguments[0].getBoundingClientRect().top", skip)).doubleValue()).isGreaterThanOrEqualTo(0);
        skip.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> "content".equals(d.switchTo().activeElement().getAttribute("id")));
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement next = driver.switchTo().activeElement();
        assertThat(browser.js("return getComputedStyle(arguments[0]).outlineStyle", next)).isEqualTo("solid");
    }
}
