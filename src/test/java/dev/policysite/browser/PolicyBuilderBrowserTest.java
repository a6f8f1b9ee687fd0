package dev.policysite.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policysite.cli.Main;
import dev.policysite.cli.PolicyCommand;
import dev.policysite.policy.UnsafeValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy builder pages of the bundled content in a real headless Chromium, served over HTTP and
 * opened from file://: what a user ticks and types gives exactly what {@code policysite policy} prints
 * for the same choices, on screen and in the downloaded file, and a value that would widen the policy
 * is refused where the user sees it and never reaches the JSON.
 */
class PolicyBuilderBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG = "content/policysite.yaml";
    private static final String VPC = "vpc-0a1b2c3d4e5f67890";
    private static final String PROFILE = "hops-profile";
    private static final String SUBSCRIPTION = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";
    private static final String GROUP = "hopsworks-rg";

    @TempDir
    static Path tmp;
    private static Path site;
    private static StaticServer server;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() {
        Browser.assumeAvailable();
        site = tmp.resolve("site");
        assertThat(Main.run("build", "--config", CONFIG, "--out", site.toString(), "--quiet")).isZero();
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

    /** What {@code policysite policy ARGS} prints for the bundled model (it must succeed). */
    private static String cli(String... args) {
        Cli run = runCli(args);
        assertThat(run.exit).as("policysite policy %s: %s", String.join(" ", args), run.err).isZero();
        return run.out;
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli runCli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new PolicyCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", CONFIG));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Cli(exit, out.toString(), err.toString());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Opens a policy's builder page over HTTP or from file:// and waits for its script to take over. */
    private static void openBuilder(String origin, String policyId) {
        String url = origin.equals("file")
                ? site.resolve("policies/" + policyId + "/index.html").toUri().toString()
                : server.url("policies/" + policyId + "/");
        browser.open(url);
        await(d -> find("[data-role=actions]").isDisplayed());
    }

    /** Waits generously: the page reacts at once, but the machine running the tests may be busy. */
    private static <T> T await(Function<ChromeDriver, T> condition) {
        return browser.waitUntil(Duration.ofSeconds(30), condition);
    }

    private static WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    private static String shownText() {
        return find("[data-role=output]").getText();
    }

    private static JsonNode shown() {
        return parse(find("[data-role=output]").getAttribute("textContent"));
    }

    private static WebElement downloadButton() {
        return find("button[data-action=download]");
    }

    /** Replaces what the field holds by {@code value}, typed key by key as a user would. */
    private static void type(String placeholder, String value) {
        WebElement input = find("#value-" + placeholder);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
        await(d -> value.equals(input.getAttribute("value")));
    }

    private static void setFeature(String feature, boolean on) {
        WebElement box = find("#feature-" + feature);
        if (box.isSelected() != on) {
            WebElement label = find("label[for=feature-" + feature + "]");
            // WebDriver scrolls only as far as needed, which can leave the label under the sticky header
            browser.js("arguments[0].scrollIntoView({block: 'center'})", label);
            label.click();
        }
        assertThat(box.isSelected()).isEqualTo(on);
    }

    /** Clicks Download and returns the downloaded text; the file is removed so a later download keeps its name. */
    private static String download(String expectedName) throws IOException {
        assertThat(downloadButton().getText()).isEqualTo("Download " + expectedName);
        downloadButton().click();
        Path file = browser.awaitDownload(expectedName);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        return text;
    }

    /** Types a refused value and checks it is refused where the user sees it and never reaches the JSON. */
    private static void assertRefused(String placeholder, String value, String reason, String example, JsonNode unfilled) {
        type(placeholder, value);
        WebElement error = find("#value-" + placeholder + "-error");
        String message = placeholder + ": " + reason + "; give one value like " + example;
        await(d -> error.getText().equals(message));
        assertThat(error.isDisplayed()).as("error for %s shown", value).isTrue();
        assertThat(error.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(find("#value-" + placeholder).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(downloadButton().isEnabled()).as("download disabled for %s", value).isFalse();
        assertThat(find("button[data-action=copy]").isEnabled()).isFalse();
        assertThat(find("[data-role=status]").getText()).isEqualTo("Fix the values marked above to copy or download.");
        // the policy keeps the [PLACEHOLDER] token: the refused value is nowhere in it
        assertThat(shown()).as("policy shown while %s is refused", value).isEqualTo(unfilled);
        if (value.length() > 2) {
            assertThat(shownText()).doesNotContain(value);
        }
        // the command line refuses the same value for the same reason
        Cli cli = runCli(policyOfPage(), "--set", placeholder + "=" + value);
        assertThat(cli.exit).as("CLI exit for %s", value).isEqualTo(2);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).contains(reason.startsWith("it does not match") ? "does not match" : reason);
    }

    private static String policyOfPage() {
        return parse(find("#policy-builder-data").getAttribute("textContent")).get("policy").asText();
    }

    private static String unsafeReason(String value) {
        return UnsafeValues.reason(value).orElseThrow(() -> new AssertionError(value + " should be unsafe"));
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"http", "file"})
    void awsPolicyWithoutBackupAndValuesFilledInIsWhatTheCliPrints(String origin) throws IOException {
        openBuilder(origin, "aws-cross-account");
        // as loaded: the default features, placeholders still to fill in
        assertThat(shown()).isEqualTo(parse(cli("aws-cross-account")));
        assertThat(downloadButton().getText()).isEqualTo("Download aws-cross-account.json");
        assertThat(find("[data-role=status]").getText()).isEqualTo("2 placeholder(s) still to fill in.");
        // one Copy: the builder's own, not also the theme's icon on the output block
        assertThat(driver.findElements(By.cssSelector(".ps-builder-output button")))
                .extracting(WebElement::getText).containsExactly("Copy", "Download aws-cross-account.json");

        setFeature("backup", false);
        type("VPC_ID", VPC);
        type("INSTANCE_PROFILE_NAME", PROFILE);
        String expected = cli("aws-cross-account", "--without", "backup",
                "--set", "VPC_ID=" + VPC, "--set", "INSTANCE_PROFILE_NAME=" + PROFILE);
        await(d -> shown().equals(parse(expected)));
        assertThat(shownText()).doesNotContain("EC2BackupCreation").contains("\"ec2:vpc\": \"arn:aws:ec2:*:*:vpc/" + VPC + "\"");
        assertThat(downloadButton().isEnabled()).isTrue();
        assertThat(find("[data-role=status]").getText()).isEmpty();
        assertThat(find("#value-VPC_ID-error").getText()).isEmpty();
        assertThat(find("#value-VPC_ID").getAttribute("aria-invalid")).isEqualTo("false");
        assertThat(download("aws-cross-account-without-backup.json")).isEqualTo(expected);

        // widening values are refused: the shown policy keeps [VPC_ID], download is off
        JsonNode unfilled = parse(cli("aws-cross-account", "--without", "backup", "--set", "INSTANCE_PROFILE_NAME=" + PROFILE));
        for (String bad : List.of("*", "vpc-*", "vpc-1,vpc-2", "\"", "vpc-0a1b2c3d\"", "vpc-0a1b2c3d 4e5f67890",
                "${aws:SourceVpc}", "arn:aws:ec2:us-east-1:123456789012:vpc/" + VPC)) {
            assertRefused("VPC_ID", bad, unsafeReason(bad), VPC, unfilled);
        }
        assertRefused("VPC_ID", "vpc-123", "it does not match vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?", VPC, unfilled);
        JsonNode noProfile = parse(cli("aws-cross-account", "--without", "backup", "--set", "VPC_ID=" + VPC));
        type("VPC_ID", VPC);
        String arn = "arn:aws:iam::123456789012:instance-profile/" + PROFILE;
        assertRefused("INSTANCE_PROFILE_NAME", arn, unsafeReason(arn), "hopsworks-instance-profile", noProfile);
        assertRefused("INSTANCE_PROFILE_NAME", "hops-*", unsafeReason("hops-*"), "hopsworks-instance-profile", noProfile);

        // a good value again: download is back and gives the CLI's policy byte for byte
        type("INSTANCE_PROFILE_NAME", PROFILE);
        await(d -> downloadButton().isEnabled());
        assertThat(find("#value-INSTANCE_PROFILE_NAME-error").getText()).isEmpty();
        assertThat(shown()).isEqualTo(parse(expected));
        assertThat(download("aws-cross-account-without-backup.json")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"http", "file"})
    void optInFeatureAddsItsPermissions(String origin) throws IOException {
        openBuilder(origin, "aws-cross-account");
        WebElement box = find("#feature-load-balancers");
        assertThat(box.isSelected()).as("opt-in feature starts unticked").isFalse();
        assertThat(find("label[for=feature-load-balancers]").getText()).endsWith("(opt-in)");

        setFeature("load-balancers", true);
        type("VPC_ID", VPC);
        type("INSTANCE_PROFILE_NAME", PROFILE);
        String withLb = cli("aws-cross-account", "--with", "load-balancers", "--set", "VPC_ID=" + VPC,
                "--set", "INSTANCE_PROFILE_NAME=" + PROFILE);
        await(d -> shown().equals(parse(withLb)));
        assertThat(shown()).isNotEqualTo(parse(cli("aws-cross-account", "--set", "VPC_ID=" + VPC,
                "--set", "INSTANCE_PROFILE_NAME=" + PROFILE)));
        assertThat(download("aws-cross-account-with-load-balancers.json")).isEqualTo(withLb);

        setFeature("backup", false);
        String withLbWithoutBackup = cli("aws-cross-account", "--with", "load-balancers", "--without", "backup",
                "--set", "VPC_ID=" + VPC, "--set", "INSTANCE_PROFILE_NAME=" + PROFILE);
        await(d -> shown().equals(parse(withLbWithoutBackup)));
        assertThat(download("aws-cross-account-with-load-balancers_without-backup.json")).isEqualTo(withLbWithoutBackup);
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"http", "file"})
    void azureRoleDefinitionIsCompleteAndFilledIn(String origin) throws IOException {
        openBuilder(origin, "azure-cross-account");
        assertThat(shown()).isEqualTo(parse(cli("azure-cross-account")));

        setFeature("public-ip", false);
        type("SUBSCRIPTION_ID", SUBSCRIPTION);
        type("RESOURCE_GROUP", GROUP);
        String[] args = {"azure-cross-account", "--without", "public-ip",
                "--set", "SUBSCRIPTION_ID=" + SUBSCRIPTION, "--set", "RESOURCE_GROUP=" + GROUP};
        String expected = cli(args);
        await(d -> shown().equals(parse(expected)));
        JsonNode role = shown();
        // a whole role definition, ready for az role definition create
        assertThat(role.fieldNames()).toIterable().contains("Name", "IsCustom", "Description", "Actions", "NotActions",
                "DataActions", "NotDataActions", "AssignableScopes");
        assertThat(role.get("AssignableScopes").toString())
                .isEqualTo("[\"/subscriptions/" + SUBSCRIPTION + "/resourceGroups/" + GROUP + "\"]");
        assertThat(shownText()).doesNotContain("Microsoft.Network/publicIPAddresses");
        List<String> roleFormat = new ArrayList<>(List.of(args));
        roleFormat.addAll(List.of("--format", "azure-role"));
        assertThat(role).isEqualTo(parse(cli(roleFormat.toArray(String[]::new))));
        assertThat(download("azure-cross-account-without-public-ip.json")).isEqualTo(expected);

        JsonNode noGroup = parse(cli("azure-cross-account", "--without", "public-ip", "--set", "SUBSCRIPTION_ID=" + SUBSCRIPTION));
        for (String bad : List.of("*", "rg-a,rg-b", "hopsworks-rg/providers", "\"")) {
            String reason = UnsafeValues.reason(bad).orElse("it does not match " + placeholderPattern("RESOURCE_GROUP"));
            assertRefused("RESOURCE_GROUP", bad, reason, GROUP, noGroup);
        }
    }

    private static String placeholderPattern(String name) {
        for (JsonNode p : parse(find("#policy-builder-data").getAttribute("textContent")).get("placeholders")) {
            if (p.get("name").asText().equals(name)) {
                return p.get("pattern").asText();
            }
        }
        throw new AssertionError("no placeholder " + name);
    }
}
