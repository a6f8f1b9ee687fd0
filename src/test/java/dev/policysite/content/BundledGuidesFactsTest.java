package dev.policysite.content;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.policysite.cli.Main;
import dev.policysite.policy.Feature;
import dev.policysite.policy.PolicyModel;
import dev.policysite.policy.ViewRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled documentation, built with {@code --strict} exactly as a user builds it, checked against the
 * facts of the seed pages (copies in src/test/resources/seeds) and against the policy model.
 */
class BundledGuidesFactsTest {
    static final String HOME = "index.html";
    static final String AWS = "aws/limiting-permissions/index.html";
    static final String CHAINING = "aws/role-chaining/index.html";
    static final String AZURE = "azure/limiting-permissions/index.html";
    static final List<String> PAGES = List.of(HOME, AWS, CHAINING, AZURE);

    static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    static final JsonMapper STRICT = new JsonMapper();

    @TempDir
    static Path tmp;
    static Path site;
    static PolicyModel model;
    static final Map<String, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    static void buildTheBundledSite() throws IOException {
        site = tmp.resolve("site");
        int exit = Main.run("build", "--config", "content/policysite.yaml", "--out", site.toString(), "--strict", "--quiet");
        assertThat(exit).as("policysite build --strict of the bundled content").isZero();
        model = PolicyModel.load(Path.of("content/policies"));
        for (String p : PAGES) {
            pages.put(p, Jsoup.parse(site.resolve(p).toFile(), "UTF-8"));
        }
    }

    static Element article(String page) {
        return pages.get(page).selectFirst("article");
    }

    static String text(String page) {
        return article(page).text();
    }

    static List<String> jsonBlocks(String page) {
        List<String> out = new ArrayList<>();
        for (Element code : article(page).select("pre > code.language-json")) {
            out.add(code.wholeText().stripTrailing());
        }
        return out;
    }

    static String view(String directiveArgs) {
        return ViewRequest.parse(directiveArgs).resolve(model).getJson();
    }

    static List<String> views(String... directiveArgs) {
        List<String> out = new ArrayList<>();
        for (String a : directiveArgs) {
            out.add(view(a));
        }
        return out;
    }

    static Set<String> ids(String page) {
        Set<String> ids = new TreeSet<>();
        pages.get(page).select("[id]").forEach(e -> ids.add(e.id()));
        return ids;
    }

    // ---- the policy blocks are the model's views --------------------------------------------------

    @Test
    void awsPageShowsTheModelsViewsInPageOrder() {
        assertThat(jsonBlocks(AWS)).containsExactlyElementsOf(views(
                "aws-cross-account-default",
                "aws-cross-account",
                "aws-cross-account fragment=backup",
                "aws-cross-account fragment=early-warnings",
                "aws-cross-account fragment=open-ports",
                "aws-cross-account fragment=console-listing",
                "aws-cross-account without=console-listing,early-warnings",
                "aws-cross-account fragment=load-balancers",
                "aws-cross-account with=load-balancers",
                "aws-instance-profile fragment=backup",
                "aws-instance-profile fragment=cloudwatch",
                "aws-instance-profile"));
    }

    @Test
    void azurePageShowsTheModelsViewsInPageOrder() {
        assertThat(jsonBlocks(AZURE)).containsExactlyElementsOf(views(
                "azure-cross-account-default",
                "azure-cross-account view=actions",
                "azure-cross-account",
                "azure-cross-account fragment=backup",
                "azure-cross-account view=actions without=backup",
                "azure-cross-account fragment=public-ip",
                "azure-cross-account fragment=open-ports",
                "azure-cross-account fragment=storage-dropdown",
                "azure-managed-identity fragment=backup",
                "azure-managed-identity fragment=upgrades",
                "azure-managed-identity view=actions without=backup,upgrades",
                "azure-managed-identity"));
    }

    @Test
    void roleChainingPageShowsTheModelsViews() {
        assertThat(jsonBlocks(CHAINING)).containsExactlyElementsOf(views(
                "aws-role-chaining-head-node", "aws-role-chaining-trust"));
    }

    @Test
    void everyJsonBlockIsValidJsonOrAnAzureMember() {
        for (String page : PAGES) {
            for (String block : jsonBlocks(page)) {
                assertThat(pageBlock(block)).as("a JSON block of %s", page).isNotNull();
            }
        }
    }

    // ---- the blocks carry the seeds' facts exactly ------------------------------------------------

    @Test
    void awsStep3BlockHasExactlyTheActionsOfSeed000AndNotTheOlderSeed001Ones() {
        JsonNode page = pageBlock(jsonBlocks(AWS).get(1));
        JsonNode seed = seedBlock("000-step3-policy.json");
        assertThat(actionsBySid(page)).isEqualTo(actionsBySid(seed));
        assertThat(jsonBlocks(AWS).get(1)).doesNotContain("ec2:CreateSecurityGroup", "ec2:DeleteSecurityGroup",
                "elasticloadbalancing:");
        // the conditions and ARNs of the seed, placeholders as written there
        assertThat(jsonBlocks(AWS).get(1)).contains(
                "\"arn:aws:iam::*:role/[INSTANCE_PROFILE_NAME]\"",
                "\"arn:aws:iam::*:instance-profile/[INSTANCE_PROFILE_NAME]\"",
                "\"arn:aws:ec2:*:*:vpc/[VPC_ID]\"",
                "\"arn:aws:ec2:*::image/*\"", "\"arn:aws:ec2:*:*:key-pair/*\"");
    }

    @Test
    void terraformPolicyKeepsTheThreeDescribeActionsOfTheSeedsListingBlock() {
        JsonNode terraform = pageBlock(jsonBlocks(AWS).get(6));
        JsonNode seed = seedBlock("000-terraform-listing-statement.txt");
        assertThat(actionsBySid(terraform).get("NonResourceBasedPermissions"))
                .isEqualTo(actionsBySid(seed).get("NonResourceBasedPermissions"));
    }

    @Test
    void loadBalancerStatementIsTheSeedsAndOnlyInTheOptInBlocks() {
        JsonNode fragment = pageBlock(jsonBlocks(AWS).get(7));
        JsonNode seed = seedBlock("000-load-balancers-statement.txt");
        assertThat(strings(fragment.get("Action"))).isEqualTo(strings(seed.get("Action")));
        assertThat(fragment.get("Resource").asText()).isEqualTo("*");
        assertThat(jsonBlocks(AWS).get(8)).contains("ManageLoadBalancersForExternalAccess");
    }

    @Test
    void instanceProfileBlocksHaveTheSeedsActionsInTheCatalogSpelling() {
        List<String> backup = strings(pageBlock(jsonBlocks(AWS).get(9)));
        List<String> seedBackup = strings(seedBlock("000-instance-profile-backup-actions.txt"));
        assertThat(backup).isEqualTo(seedBackup.stream().map(a -> a.replace("S3:", "s3:")).toList());
        JsonNode cloudwatch = pageBlock(jsonBlocks(AWS).get(10));
        JsonNode seedCloudwatch = seedBlock("000-instance-profile-cloudwatch-statements.txt");
        assertThat(cloudwatch).isEqualTo(seedCloudwatch);
    }

    @Test
    void azureStep3ListIsTheSeeds36ActionsAndWithoutBackupKeepsDisksRead() {
        List<String> step3 = azureActions(pageBlock(jsonBlocks(AZURE).get(1)));
        assertThat(step3).hasSize(36).isEqualTo(azureActions(seedBlock("002-step3-actions.txt")));
        assertThat(azureActions(pageBlock(jsonBlocks(AZURE).get(3)))).isEqualTo(azureActions(seedBlock("002-backup-actions.txt")));

        List<String> withoutBackup = azureActions(pageBlock(jsonBlocks(AZURE).get(4)));
        List<String> seedWithoutBackup = azureActions(seedBlock("002-without-backup-actions.txt"));
        assertThat(withoutBackup).hasSize(32).containsAll(seedWithoutBackup).contains("Microsoft.Compute/disks/read");
        assertThat(text(AZURE)).contains("Microsoft.Compute/disks/read stays");
    }

    @Test
    void azureRemovableListsAreTheSeeds() {
        assertThat(azureActions(pageBlock(jsonBlocks(AZURE).get(5)))).isEqualTo(azureActions(seedBlock("002-public-ip-actions.txt")));
        assertThat(azureActions(pageBlock(jsonBlocks(AZURE).get(6)))).isEqualTo(azureActions(seedBlock("002-open-ports-actions.txt")));
        assertThat(azureActions(pageBlock(jsonBlocks(AZURE).get(7)))).isEqualTo(azureActions(seedBlock("002-storage-dropdown-actions.txt")));
        assertThat(azureActions(pageBlock(jsonBlocks(AZURE).get(8))))
                .isEqualTo(azureActions(seedBlock("002-managed-identity-backup-actions.txt")));
    }

    @Test
    void upgradesSectionNamesAllFiveSeedActionsAndSaysWhichCannotBeRemoved() {
        Element upgrades = sectionAfter(AZURE, "upgrades");
        for (String action : azureActions(seedBlock("002-upgrades-actions.txt"))) {
            assertThat(upgrades.text()).contains(action);
        }
        assertThat(upgrades.text()).contains("cannot be removed");
        assertThat(azureActions(pageBlock(jsonBlocks(AZURE).get(9)))).containsExactly("Microsoft.Storage/storageAccounts/listKeys/action");
    }

    // ---- prose facts, steps, anchors --------------------------------------------------------------

    @Test
    void awsAnchorsPeopleLinkToExist() {
        assertThat(ids(AWS)).contains("default-permissions", "limiting-the-cross-account-role-permissions",
                "step-1-create-a-vpc", "inbound-traffic", "outbound-traffic", "step-2-create-an-instance-profile",
                "step-3-set-permissions-of-the-cross-account-role", "step-4-create-your-hopsworks-instance",
                "step-5-supporting-multiple-vpcs", "other-removable-permissions", "backup-permissions",
                "early-warnings-if-vpc-is-not-configured-correctly", "open-and-close-ports-from-within-hopsworksai",
                "non-resource-based-permissions-used-for-listing", "load-balancers-permissions-for-external-access",
                "limiting-the-instance-profile-permissions", "backups", "cloudwatch-logs");
    }

    @Test
    void awsPageCarriesTheSeedsNetworkFacts() {
        assertThat(text(AWS)).contains(
                "DNS hostnames", "VPC endpoints", "Create a VPC, subnets, and other VPC resources",
                "Number of Availability Zones", "Internet Gateway", "VPC ID",
                "TCP port 80", "32768-65535", "Continue with self-signed certificate", "Security Group",
                "api.hopsworks.ai", "content delivery network", "static IPs",
                "cognito-idp.us-east-2.amazonaws.com", "managedhopsworks-prod.auth.us-east-2.amazoncognito.com",
                "Settings/Account Settings", "[INSTANCE_PROFILE_NAME]", "[VPC_ID]",
                "ArrowFlight with DuckDB", "RonDB MySQL", "Terraform", "Amazon CloudWatch", "s3:GetBucketVersioning",
                "822623301872");
        assertThat(hrefs(AWS)).contains(
                "https://managed.hopsworks.ai",
                "https://docs.aws.amazon.com/vpc/latest/userguide/working-with-vpcs.html#Create-VPC",
                "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html#CreatingSecurityGroups",
                "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html#AddRemoveRules",
                "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#Rules",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html",
                "https://aws.amazon.com/blogs/security/how-to-help-lock-down-a-users-amazon-ec2-capabilities-to-a-single-vpc/",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html",
                "https://github.com/logicalclocks/terraform-provider-hopsworksai/tree/main/examples/complete/aws/advanced/arrowflight-no-loadbalancer-permissions");
    }

    @Test
    void terraformListingIsATabBesideTheWebConsole() {
        Element tabs = sectionAfter(AWS, "non-resource-based-permissions-used-for-listing").selectFirst(".tabbed-set");
        assertThat(tabs).isNotNull();
        assertThat(tabs.select(".tabbed-labels label").eachText()).containsExactly("Web console", "Terraform");
        assertThat(tabs.text()).contains("ec2:DescribeInstances", "ec2:DescribeVolumes", "ec2:DescribeSecurityGroups");
    }

    @Test
    void featureTablesAreTheModelsFeatures() {
        assertFeatureRows(AWS, "other-removable-permissions", "aws-cross-account");
        assertFeatureRows(AWS, "limiting-the-instance-profile-permissions", "aws-instance-profile");
        assertFeatureRows(AZURE, "removable-permissions", "azure-cross-account");
        assertFeatureRows(AZURE, "limiting-the-user-assigned-managed-identity-permissions", "azure-managed-identity");
    }

    @Test
    void azurePageCarriesTheSeedsFacts() {
        assertThat(ids(AZURE)).contains("default-permissions", "limiting-the-cross-account-role-permissions",
                "step-1-create-a-virtual-network-and-subnet", "step-2-create-a-network-security-group",
                "inbound-traffic", "outbound-traffic", "step-3-set-permissions-of-the-cross-account-role",
                "step-4-create-your-hopsworks-instance", "backup-permissions", "public-ip-addresses-permissions",
                "other-removable-permissions", "limiting-the-user-assigned-managed-identity-permissions",
                "backups", "upgrades");
        assertThat(text(AZURE)).contains(
                "Create a virtual network", "Create a network security group", "Create a security rule",
                "resource group and the location", "port 80", "port 443", "destination port ranges",
                "api.hopsworks.ai", "static IPs",
                "cognito-idp.us-east-2.amazonaws.com", "managedhopsworks-prod.auth.us-east-2.amazoncognito.com",
                "Access control (IAM)", "Roles", "three dots", "Edit", "JSON", "Attach Public IP", "Security Group",
                "drop-down", "Enterprise feature");
        // the seed said "action"; the portal's JSON tab names the field "actions": the page says so
        Element step3 = sectionAfter(AZURE, "step-3-set-permissions-of-the-cross-account-role");
        assertThat(step3.select("code").eachText()).contains("actions", "permissions");
    }

    @Test
    void roleChainingPageCarriesTheSeedsFactsAndDrawsItsOwnFigure() {
        assertThat(ids(CHAINING)).contains("introduction", "prerequisites", "step-1-create-an-instance-profile-role",
                "step-2-create-the-resource-roles", "step-3-create-mappings", "conclusion");
        assertThat(text(CHAINING)).contains(
                "Hopsworks cluster running on EC2", "administrator account", "head node",
                "worker nodes", "EKS", "Jupyter notebooks", "Trust relationships",
                "Cluster Settings", "IAM Role Chaining", "New role chaining", "Create new role chaining",
                "project name", "type of user", "role ARN", "temporary credentials",
                "Project Settings → Assuming IAM Roles", "test-role", "s3-role", "dev-s3-role", "redshift");
        assertThat(hrefs(CHAINING)).contains(
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html",
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-role-chaining");
        Element figure = article(CHAINING).selectFirst("figure");
        assertThat(figure.selectFirst("img").attr("alt")).contains("head node");
        assertThat(figure.selectFirst("figcaption").text()).isNotBlank();
    }

    @Test
    void homeLinksEveryGuideAndEveryBuilderPage() {
        assertThat(hrefs(HOME)).contains("aws/limiting-permissions/", "aws/role-chaining/", "azure/limiting-permissions/");
        for (String id : model.ids()) {
            assertThat(hrefs(HOME)).contains("policies/" + id + "/");
        }
    }

    @Test
    void everyPolicyBlockPointsToItsBuilderPage() {
        assertThat(hrefs(AWS)).contains("../../policies/aws-cross-account/", "../../policies/aws-cross-account-default/",
                "../../policies/aws-instance-profile/");
        assertThat(hrefs(AZURE)).contains("../../policies/azure-cross-account/", "../../policies/azure-cross-account-default/",
                "../../policies/azure-managed-identity/");
        assertThat(hrefs(CHAINING)).contains("../../policies/aws-role-chaining-head-node/", "../../policies/aws-role-chaining-trust/");
    }

    // ---- nothing of the source dialect left, nothing broken ----------------------------------------

    @Test
    void noDirectiveOrDialectIsLeftInTheOutput() {
        for (String page : PAGES) {
            String html = article(page).html();
            assertThat(html).as(page).doesNotContain("{!", "!!!", "[=", "<#", "???", "=== \"", "](");
        }
    }

    @Test
    void everyRelativeLinkAndImageResolvesToAFileAndItsAnchor() throws IOException {
        for (String page : PAGES) {
            Path dir = site.resolve(page).getParent();
            for (Element e : pages.get(page).select("a[href], img[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (target.startsWith("#")) {
                    assertThat(ids(page)).as("%s: %s", page, target).contains(target.substring(1));
                    continue;
                }
                if (URI.create(target).getScheme() != null) {
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path file = dir.resolve(path).normalize();
                if (path.isEmpty() || path.endsWith("/")) {
                    file = file.resolve("index.html");
                }
                assertThat(file.startsWith(site)).as("%s: %s stays in the site", page, target).isTrue();
                assertThat(Files.isRegularFile(file)).as("%s: %s resolves to %s", page, target, file).isTrue();
                if (hash >= 0) {
                    Document linked = Jsoup.parse(file.toFile(), "UTF-8");
                    assertThat(linked.getElementById(target.substring(hash + 1))).as("%s: anchor of %s", page, target).isNotNull();
                }
            }
        }
    }

    @Test
    void externalLinksAreOnlyTheWellKnownOnesOfTheSeeds() {
        Set<String> hosts = Set.of("managed.hopsworks.ai", "docs.aws.amazon.com", "aws.amazon.com", "github.com");
        for (String page : PAGES) {
            for (Element a : article(page).select("a[href]")) {
                URI uri = URI.create(a.attr("href"));
                if (uri.getScheme() != null) {
                    assertThat(uri.getScheme()).isEqualTo("https");
                    assertThat(hosts).as("%s: %s", page, uri).contains(uri.getHost());
                }
            }
        }
    }

    @Test
    void everyImageHasAltText() {
        for (String page : PAGES) {
            for (Element img : article(page).select("img")) {
                assertThat(img.attr("alt")).as("%s: %s", page, img.attr("src")).isNotBlank();
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The heading with this id and everything after it up to the next heading of the same or a higher level. */
    static Element sectionAfter(String page, String headingId) {
        Element heading = pages.get(page).getElementById(headingId);
        assertThat(heading).as("heading #%s on %s", headingId, page).isNotNull();
        int level = Integer.parseInt(heading.tagName().substring(1));
        Element section = new Element("section");
        for (Element e = heading.nextElementSibling(); e != null; e = e.nextElementSibling()) {
            if (e.tagName().matches("h[1-6]") && Integer.parseInt(e.tagName().substring(1)) <= level) {
                break;
            }
            section.appendChild(e.clone());
        }
        return section;
    }

    static void assertFeatureRows(String page, String headingId, String policyId) {
        Element table = sectionAfter(page, headingId).selectFirst("table");
        assertThat(table).as("feature table under #%s", headingId).isNotNull();
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            List<String> cells = tr.select("td").eachText();
            rows.add(List.of(cells.get(0), cells.get(cells.size() - 1)));
        }
        List<List<String>> expected = new ArrayList<>();
        for (Feature f : model.get(policyId).features()) {
            expected.add(List.of(f.getTitle(), f.getWhenOff()));
        }
        assertThat(rows).isEqualTo(expected);
    }

    static List<String> hrefs(String page) {
        return pages.get(page).select("a[href]").eachAttr("href");
    }

    static Map<String, List<String>> actionsBySid(JsonNode policyOrStatement) {
        JsonNode statements = policyOrStatement.has("Statement") ? policyOrStatement.get("Statement") : policyOrStatement;
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (statements.isObject()) {
            out.put(statements.get("Sid").asText(), strings(statements.get("Action")));
            return out;
        }
        for (JsonNode s : statements) {
            out.merge(s.get("Sid").asText(), strings(s.get("Action")), (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        return out;
    }

    static List<String> azureActions(JsonNode member) {
        JsonNode list = member.has("Actions") ? member.get("Actions") : member.get("actions");
        return strings(list);
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** A block of a built page: whole JSON, or a bare Azure member ({@code "Actions": [...]}) inside braces. Strict. */
    static JsonNode pageBlock(String block) {
        return parse(block, STRICT);
    }

    /** A seed block as a reader would paste it: trailing commas, bare members, bare items or statements side by side. */
    static JsonNode seedBlock(String name) {
        return parse(seedText(name), LENIENT);
    }

    private static JsonNode parse(String block, JsonMapper mapper) {
        String t = block.strip();
        if (mapper == LENIENT && t.endsWith(",")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            if (t.startsWith("\"") && t.matches("(?s)\"[^\"]*\"\\s*:.*")) {
                return mapper.readTree("{" + t + "}");
            }
            JsonNode wrapped = mapper.readTree("[" + t + "]");
            return wrapped.size() == 1 && !t.startsWith("\"") ? wrapped.get(0) : wrapped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seedText(String name) {
        try (InputStream in = BundledGuidesFactsTest.class.getResourceAsStream("/seeds/" + name)) {
            assertThat(in).as("test resource seeds/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
