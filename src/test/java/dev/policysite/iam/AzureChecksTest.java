package dev.policysite.iam;

import dev.policysite.diag.Finding;
import dev.policysite.diag.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.policysite.iam.Checked.check;
import static dev.policysite.iam.Checked.codes;
import static dev.policysite.iam.Checked.found;
import static org.assertj.core.api.Assertions.assertThat;

/** Azure role definitions, operation lists and scopes against the bundled catalog. */
class AzureChecksTest {

    private static String cliRole(String actions, String dataActions, String scopes) {
        return "{\"Name\": \"r\", \"IsCustom\": true, \"Description\": \"d\", \"Actions\": " + actions
                + ", \"NotActions\": [], \"DataActions\": " + dataActions + ", \"AssignableScopes\": " + scopes + "}";
    }

    private static final String SCOPE = "[\"/subscriptions/SUBSCRIPTION_ID/resourceGroups/RESOURCE_GROUP\"]";

    @Nested
    class RoleShapes {
        @Test
        void cliShapeRoleWithPlaceholdersIsClean() {
            BlockResult r = check(cliRole("[\"Microsoft.Compute/virtualMachines/read\"]",
                    "[\"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\"]", SCOPE));
            assertThat(r.kind()).isEqualTo(BlockKind.AZURE_ROLE);
            assertThat(r.problems()).isEmpty();
        }

        @Test
        void armShapeIsCheckedInsideProperties() {
            String text = "{\"properties\": {\"roleName\": \"r\", \"description\": \"d\", "
                    + "\"assignableScopes\": [\"/subscriptions/00000000-0000-0000-0000-000000000000\"], "
                    + "\"permissions\": [{\"actions\": [\"Microsoft.Compute/*/read\"], \"notActions\": [], "
                    + "\"dataActions\": [], \"notDataActions\": [], \"actoins\": []}]}}";
            assertThat(found(text)).containsExactly("azure.member-unknown@1:" + (text.indexOf("\"actoins\"") + 1));
            assertThat(check(text).problems().get(0).hint()).isEqualTo("did you mean actions?");
        }

        @Test
        void flatArmShapeAsTheCliListsIt() {
            String text = "{\"roleName\": \"r\", \"roleType\": \"CustomRole\", \"type\": \"Microsoft.Authorization/roleDefinitions\", "
                    + "\"assignableScopes\": [\"/\"], \"permissions\": [{\"actions\": [\"*/read\"], \"notActions\": []}]}";
            assertThat(codes(text)).isEmpty();
        }

        @Test
        void missingPartsAreWarnings() {
            BlockResult r = check("{\"Name\": \"r\", \"IsCustom\": true, \"Actions\": []}");
            assertThat(r.problems()).extracting(Finding::code)
                    .containsExactly("azure.member-missing", "azure.member-missing");
            assertThat(r.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        }

        @Test
        void typesAreChecked() {
            assertThat(codes("{\"Name\": \"r\", \"IsCustom\": \"yes\", \"Actions\": \"Microsoft.Compute/disks/read\", "
                    + "\"AssignableScopes\": \"/\"}"))
                    .containsExactly("azure.value-type", "azure.value-type", "azure.value-type");
        }
    }

    @Nested
    class Operations {
        @Test
        void unknownOperationsSuggestTheClosest() {
            BlockResult r = check("[\"Microsoft.Compute/virtualMachine/read\", \"Microsoft.Comptue/disks/read\"]");
            assertThat(found(r)).containsExactly("azure.unknown-operation@1:2", "azure.unknown-operation@1:43");
            assertThat(r.problems().get(0).hint()).isEqualTo("did you mean Microsoft.Compute/virtualMachines/read?");
            assertThat(r.problems().get(1).message()).isEqualTo("there is no resource provider \"Microsoft.Comptue\"");
            assertThat(check("[\"Microsoft.Compute/virtualMachines/reboot/action\"]").problems()).singleElement()
                    .satisfies(p -> assertThat(p.hint()).isEqualTo(
                            "check the provider's operations: az provider operation show --namespace Microsoft.Compute"));
        }

        @Test
        void malformedOperations() {
            assertThat(codes("\"actions\": [\"Microsoft.Compute/virtualMachines read\", \"Microsoft.Compute//read\", "
                    + "\"Microsoft.Compute/disks/read\"]"))
                    .containsExactly("azure.operation-malformed", "azure.operation-malformed");
        }

        @Test
        void wildcardsMatchAgainstTheList() {
            assertThat(codes("\"actions\": [\"Microsoft.Compute/*/read\", \"*/read\", \"*\", \"Microsoft.Storage/*\"]")).isEmpty();
            assertThat(found("\"actions\": [\"Microsoft.Compute/*/frobnicate\"]")).containsExactly("azure.wildcard-matches-nothing@1:13");
        }

        @Test
        void otherCaseIsASuggestion() {
            BlockResult r = check("\"actions\": [\"microsoft.compute/virtualmachines/read\", \"microsoft.compute/*\"]");
            assertThat(r.problems()).extracting(Finding::code, Finding::severity, Finding::hint).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("azure.operation-case", Severity.SUGGESTION, "write Microsoft.Compute/virtualMachines/read"),
                    org.assertj.core.groups.Tuple.tuple("azure.operation-case", Severity.SUGGESTION, "write Microsoft.Compute/*"));
        }

        @Test
        void dataActionsDoNotBelongInActions() {
            String blob = "\"Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read\"";
            BlockResult r = check(cliRole("[" + blob + "]", "[]", SCOPE));
            assertThat(r.problems()).extracting(Finding::code).containsExactly("azure.data-action-in-actions");
            assertThat(r.problems().get(0).hint()).isEqualTo("move it to DataActions");
            assertThat(codes(cliRole("[\"Microsoft.Compute/disks/read\"]", "[" + blob + "]", SCOPE))).isEmpty();
            assertThat(codes("[" + blob + "]")).isEmpty();
        }
    }

    @Nested
    class Scopes {
        private java.util.List<String> scopeCodes(String scope) {
            return codes(cliRole("[\"Microsoft.Compute/disks/read\"]", "[]", "[\"" + scope + "\"]"));
        }

        @Test
        void validScopes() {
            for (String ok : new String[] {"/", "/subscriptions/SUBSCRIPTION_ID", "/subscriptions/{subscriptionId}/resourceGroups/rg",
                    "/subscriptions/<subscription-id>/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa",
                    "/providers/Microsoft.Management/managementGroups/mg", "/subscriptions/11111111-2222-3333-4444-555555555555",
                    "/subscriptions/subscription-id/resourceGroups/my-rg"}) {
                assertThat(scopeCodes(ok)).as(ok).isEmpty();
            }
        }

        @Test
        void wildcardsAndMalformedPaths() {
            assertThat(scopeCodes("/subscriptions/*")).containsExactly("azure.scope-wildcard");
            assertThat(scopeCodes("subscriptions/SUBSCRIPTION_ID")).containsExactly("azure.scope-malformed");
            assertThat(scopeCodes("/subscriptions/SUBSCRIPTION_ID/")).containsExactly("azure.scope-malformed");
            assertThat(scopeCodes("/subscriptions/SUBSCRIPTION_ID/resourceGroups")).containsExactly("azure.scope-malformed");
            assertThat(scopeCodes("/subscriptions/SUBSCRIPTION_ID/rg")).containsExactly("azure.scope-malformed");
            assertThat(scopeCodes("/resourceGroups/rg")).containsExactly("azure.scope-malformed");
        }

        @Test
        void subscriptionIdsAreGuidsOrPlaceholders() {
            assertThat(scopeCodes("/subscriptions/xxxxxxxx")).containsExactly("azure.scope-subscription-invalid");
        }
    }
}
