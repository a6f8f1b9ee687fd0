package dev.policysite.theme;

import dev.policysite.browser.Browser;
import dev.policysite.browser.StaticServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes PNGs of the sample site to target/screenshots/ (home and a policy page, light and dark, desktop
 * and phone) so a person can judge the theme; asserts each is a real, non-trivial image.
 */
class ScreenshotTest {
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;
    private static Path site;

    @BeforeAll
    static void build() {
        Browser.assumeAvailable();
        site = TestSite.buildSample(tmp.resolve("site"));
    }

    @Test
    void desktopAndPhoneInBothSchemes() throws Exception {
        try (StaticServer server = StaticServer.serve(site); Browser browser = Browser.start(1280, 900)) {
            for (String scheme : new String[] {"light", "dark"}) {
                browser.emulateColorScheme(scheme);
                shoot(browser, server.url(""), "home-" + scheme, false);
                shoot(browser, server.url("guides/aws/cross-account/"), "policy-" + scheme, false);
                shoot(browser, server.url("guides/getting-started/"), "tabs-" + scheme, true);
                shoot(browser, server.url("reference/admonitions/"), "admonitions-" + scheme, true);
                shoot(browser, server.url("reference/tables/"), "tables-" + scheme, true);
                browser.open(server.url("guides/getting-started/"));
                search(browser, "role");
                browser.screenshot(OUT.resolve("search-" + scheme + ".png"), false);
            }
            browser.emulate(390, 844, 2, true);
            browser.emulateColorScheme("light");
            shoot(browser, server.url("guides/aws/cross-account/"), "phone-policy-light", false);
            browser.driver().findElement(org.openqa.selenium.By.cssSelector(".ps-menu-button")).click();
            Thread.sleep(400); // the drawer slides in
            browser.screenshot(OUT.resolve("phone-nav-open-light.png"), false);
            browser.emulateColorScheme("dark");
            shoot(browser, server.url(""), "phone-home-dark", false);
            search(browser, "snapshot");
            browser.screenshot(OUT.resolve("phone-search-dark.png"), false);
        }
        for (String name : new String[] {"home-light", "home-dark", "policy-light", "policy-dark", "phone-policy-light",
                "phone-nav-open-light", "phone-home-dark", "phone-search-dark"}) {
            byte[] png = java.nio.file.Files.readAllBytes(OUT.resolve(name + ".png"));
            org.assertj.core.api.Assertions.assertThat(png).as(name).hasSizeGreaterThan(10_000)
                    .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
        // the dark scheme really changed the page: the same URL, different pixels
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readAllBytes(OUT.resolve("home-dark.png")))
                .isNotEqualTo(java.nio.file.Files.readAllBytes(OUT.resolve("home-light.png")));
    }

    private static void search(Browser browser, String query) {
        org.openqa.selenium.WebElement input = browser.driver().findElement(org.openqa.selenium.By.id("ps-search-input"));
        input.click();
        input.sendKeys(query);
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".ps-search-result")).isEmpty());
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
    }

    private static void shoot(Browser browser, String url, String name, boolean fullPage) throws Exception {
        browser.open(url);
        Path file = OUT.resolve(name + ".png");
        browser.screenshot(file, fullPage);
        assertThat(Files.size(file)).as(name).isGreaterThan(10_000);
    }
}
