package dev.policysite.iam;

import dev.policysite.iam.AwsStatementChecker.Role;
import dev.policysite.json.JsonParseResult;
import dev.policysite.json.LocatedJson;
import dev.policysite.json.LocatedNode;
import dev.policysite.json.StrictJson;

import java.util.List;
import java.util.function.Supplier;

/**
 * The checks {@code policysite check} runs on every {@code ```json} code block of the docs: strict JSON
 * syntax (fragments understood), then, by what the block shows ({@link BlockKind}), the IAM policy grammar
 * or Azure role-definition shape, and every action, ARN, condition key and operation against the bundled
 * catalogs. Thread-safe; {@link #check(String)} never throws on bad input.
 */
public final class JsonBlockChecker {
    private final Supplier<AwsCatalog> aws;
    private final Supplier<AzureCatalog> azure;

    public JsonBlockChecker(AwsCatalog aws, AzureCatalog azure) {
        this(() -> aws, () -> azure);
    }

    private JsonBlockChecker(Supplier<AwsCatalog> aws, Supplier<AzureCatalog> azure) {
        this.aws = aws;
        this.azure = azure;
    }

    /** A checker over the catalogs shipped with policysite; each catalog is read on first need, once per JVM. */
    public static JsonBlockChecker withBundledCatalogs() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final JsonBlockChecker INSTANCE = new JsonBlockChecker(AwsCatalog::bundled, AzureCatalog::bundled);
    }

    public AwsCatalog awsCatalog() {
        return aws.get();
    }

    public AzureCatalog azureCatalog() {
        return azure.get();
    }

    /** Checks one block; positions in the result are relative to {@code blockText} (line 1, col 1 = its start). */
    public BlockResult check(String blockText) {
        Problems problems = new Problems();
        JsonParseResult parsed = StrictJson.parse(blockText);
        parsed.problems().forEach(problems::add);
        LocatedJson json = parsed.json();
        if (json == null) {
            return new BlockResult(BlockKind.INVALID, null, problems.sorted(), null);
        }
        LocatedNode root = json.rootNode();
        BlockKind kind = BlockKindDetector.detect(root.node(), aws);
        switch (kind) {
            case AWS_POLICY -> new AwsPolicyChecker(aws.get(), problems).checkPolicy(root, false);
            case AWS_TRUST_POLICY -> new AwsPolicyChecker(aws.get(), problems).checkPolicy(root, true);
            case AWS_STATEMENT -> new AwsPolicyChecker(aws.get(), problems).checkStatements(List.of(root), (Role) null);
            case AWS_STATEMENTS -> new AwsPolicyChecker(aws.get(), problems).checkStatements(root.elements(), (Role) null);
            case AWS_ACTIONS -> checkAwsActions(root, new AwsPolicyChecker(aws.get(), problems));
            case AZURE_ROLE -> new AzureRoleChecker(azure.get(), problems).checkRole(root);
            case AZURE_ACTIONS -> checkAzureActions(root, new AzureRoleChecker(azure.get(), problems));
            default -> {
                // OTHER_JSON: syntax only
            }
        }
        return new BlockResult(kind, json.root(), problems.sorted(), json);
    }

    private static void checkAwsActions(LocatedNode root, AwsPolicyChecker checker) {
        if (root.node().isObject()) {
            root.members().forEach(checker::checkActionNames);
        } else {
            checker.checkActionNames(root);
        }
    }

    private static void checkAzureActions(LocatedNode root, AzureRoleChecker checker) {
        if (root.node().isObject()) {
            checker.checkPermissionMembers(root);
        } else {
            checker.checkOperations(root);
        }
    }
}
