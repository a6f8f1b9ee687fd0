/**
 * Cloud permission knowledge and the checks {@code policysite check} runs on JSON code blocks.
 * <p>
 * Entry point: {@link dev.policysite.iam.JsonBlockChecker#check(String)} gives a
 * {@link dev.policysite.iam.BlockResult}: what the block shows ({@link dev.policysite.iam.BlockKind}), its
 * value with positions, and its {@link dev.policysite.diag.Finding}s positioned relative to the block.
 * <ul>
 *   <li>JSON syntax for every block (codes {@code json.*}, see {@link dev.policysite.json.JsonCodes}).</li>
 *   <li>AWS policies, trust policies, statements and action lists: the IAM policy grammar, then actions,
 *       ARNs and condition keys against {@link dev.policysite.iam.AwsCatalog} (codes {@code iam.*}).</li>
 *   <li>Azure role definitions and operation lists against {@link dev.policysite.iam.AzureCatalog}
 *       (codes {@code azure.*}).</li>
 *   <li>Anything else ({@link dev.policysite.iam.BlockKind#OTHER_JSON}) gets the syntax check only.</li>
 * </ul>
 * Every code with its severity is listed in {@link dev.policysite.iam.IamCodes}. Documentation placeholders
 * ({@code [VPC_ID]}, {@code BUCKET_NAME}, {@code <account-id>}, {@code ${aws:username}}) are wildcards to
 * the checks; lower-case fillers such as {@code xxxxxxxxxxxx} are not, and are reported where an account
 * ID or subscription ID belongs.
 */
package dev.policysite.iam;
