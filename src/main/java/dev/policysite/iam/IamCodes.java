package dev.policysite.iam;

/**
 * The stable problem codes of {@link JsonBlockChecker} beyond JSON syntax ({@link dev.policysite.json.JsonCodes}).
 * Severity in brackets: E error, SW security warning, W warning, S suggestion.
 */
public final class IamCodes {
    // AWS policy grammar
    /** [W] a policy without {@code Version}. */
    public static final String VERSION_MISSING = "iam.version-missing";
    /** [E] {@code Version} other than 2012-10-17 or 2008-10-17. */
    public static final String VERSION_INVALID = "iam.version-invalid";
    /** [W] policy variables under Version 2008-10-17, where they are plain text. */
    public static final String VERSION_VARIABLES = "iam.version-variables";
    /** [E] a policy without {@code Statement}. */
    public static final String STATEMENT_MISSING = "iam.statement-missing";
    /** [E] a member IAM does not know (misspelt or wrongly cased element). */
    public static final String MEMBER_UNKNOWN = "iam.member-unknown";
    /** [E] a value of the wrong JSON type (e.g. a number where a string belongs). */
    public static final String VALUE_TYPE = "iam.value-type";
    /** [E] an empty list where IAM needs at least one entry. */
    public static final String VALUE_EMPTY = "iam.value-empty";
    /** [E/S] a Sid with characters other than letters and digits (a suggestion in resource-based statements). */
    public static final String SID_INVALID = "iam.sid-invalid";
    /** [E] the same Sid twice. */
    public static final String SID_DUPLICATE = "iam.sid-duplicate";
    /** [E] a statement without {@code Effect}. */
    public static final String EFFECT_MISSING = "iam.effect-missing";
    /** [E] an Effect other than {@code Allow} or {@code Deny}. */
    public static final String EFFECT_INVALID = "iam.effect-invalid";
    /** [E] a statement with neither {@code Action} nor {@code NotAction}. */
    public static final String ACTION_MISSING = "iam.action-missing";
    /** [E] both {@code Action} and {@code NotAction}. */
    public static final String ACTION_AND_NOTACTION = "iam.action-and-notaction";
    /** [E] a policy statement with neither {@code Resource} nor {@code NotResource}. */
    public static final String RESOURCE_MISSING = "iam.resource-missing";
    /** [E] both {@code Resource} and {@code NotResource}. */
    public static final String RESOURCE_AND_NOTRESOURCE = "iam.resource-and-notresource";
    /** [E] {@code Resource} in a trust policy. */
    public static final String RESOURCE_NOT_ALLOWED = "iam.resource-not-allowed";
    /** [E] a trust (or resource-based) policy statement without {@code Principal}. */
    public static final String PRINCIPAL_MISSING = "iam.principal-missing";
    /** [E] both {@code Principal} and {@code NotPrincipal}. */
    public static final String PRINCIPAL_AND_NOTPRINCIPAL = "iam.principal-and-notprincipal";
    /** [E] a principal that is neither {@code "*"} nor an object of principal types. */
    public static final String PRINCIPAL_INVALID = "iam.principal-invalid";
    /** [E] a principal type other than AWS, Service, Federated, CanonicalUser. */
    public static final String PRINCIPAL_KEY_UNKNOWN = "iam.principal-key-unknown";
    /** [E] a condition operator IAM does not know. */
    public static final String CONDITION_OPERATOR_UNKNOWN = "iam.condition-operator-unknown";
    /** [E] a condition key without a {@code prefix:} part. */
    public static final String CONDITION_KEY_MALFORMED = "iam.condition-key-malformed";
    /** [E] a condition value that is not a string, number, boolean or list of them. */
    public static final String CONDITION_VALUE_TYPE = "iam.condition-value-type";
    /** [W] a condition value that does not fit its operator (e.g. Bool with "yes"). */
    public static final String CONDITION_VALUE_MISMATCH = "iam.condition-value-mismatch";

    // AWS against the catalog
    /** [E] an action not written {@code service:Action}. */
    public static final String ACTION_MALFORMED = "iam.action-malformed";
    /** [E] a service prefix that does not exist. */
    public static final String UNKNOWN_SERVICE = "iam.unknown-service";
    /** [E] an action the service does not have. */
    public static final String UNKNOWN_ACTION = "iam.unknown-action";
    /** [W] a wildcard action that covers no action. */
    public static final String WILDCARD_MATCHES_NOTHING = "iam.wildcard-matches-nothing";
    /** [S] an action spelt in other case than the catalog (IAM ignores case; copies should not). */
    public static final String ACTION_CASE = "iam.action-case";
    /** [W] a condition key the catalog does not know. */
    public static final String CONDITION_KEY_UNKNOWN = "iam.condition-key-unknown";
    /** [W] a condition key that applies to none of the statement's actions. */
    public static final String CONDITION_KEY_NOT_APPLICABLE = "iam.condition-key-not-applicable";
    /** [E] a malformed ARN. */
    public static final String ARN_INVALID = "iam.arn-invalid";
    /** [W] an ARN account that is neither 12 digits, a wildcard, nor a recognisable placeholder. */
    public static final String ARN_ACCOUNT_INVALID = "iam.arn-account-invalid";
    /** [W] an ARN that matches no resource type of the statement's actions. */
    public static final String ARN_MISMATCH = "iam.arn-mismatch";
    /** [W] an action without resource types in a statement whose Resource is not {@code "*"}. */
    public static final String RESOURCE_STAR_REQUIRED = "iam.resource-star-required";
    /** [SW] {@code iam:PassRole} allowed on {@code "Resource": "*"}. */
    public static final String PASSROLE_STAR = "iam.passrole-star";

    // Azure
    /** [W] a role definition member Azure does not know. */
    public static final String AZURE_MEMBER_UNKNOWN = "azure.member-unknown";
    /** [W] a role definition without a name, scopes or permissions. */
    public static final String AZURE_MEMBER_MISSING = "azure.member-missing";
    /** [E] a value of the wrong JSON type. */
    public static final String AZURE_VALUE_TYPE = "azure.value-type";
    /** [E] an operation not written {@code Namespace/resourceType/.../verb}. */
    public static final String AZURE_OPERATION_MALFORMED = "azure.operation-malformed";
    /** [E] an operation that does not exist. */
    public static final String AZURE_UNKNOWN_OPERATION = "azure.unknown-operation";
    /** [W] a wildcard operation that covers nothing. */
    public static final String AZURE_WILDCARD_MATCHES_NOTHING = "azure.wildcard-matches-nothing";
    /** [S] an operation spelt in other case than the catalog. */
    public static final String AZURE_OPERATION_CASE = "azure.operation-case";
    /** [E] a data action listed under Actions/NotActions. */
    public static final String AZURE_DATA_ACTION_IN_ACTIONS = "azure.data-action-in-actions";
    /** [E] an assignable scope with a wildcard. */
    public static final String AZURE_SCOPE_WILDCARD = "azure.scope-wildcard";
    /** [E] an assignable scope that is not a management group, subscription, resource group or resource. */
    public static final String AZURE_SCOPE_MALFORMED = "azure.scope-malformed";
    /** [W] a subscription id that is neither a GUID nor a recognisable placeholder. */
    public static final String AZURE_SCOPE_SUBSCRIPTION_INVALID = "azure.scope-subscription-invalid";

    private IamCodes() {
    }
}
