package dev.policysite.iam;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AzureCatalogTest {

    private static InputStream lines(String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Unsorted on purpose, with CRLF line ends. */
    private static AzureCatalog small() throws IOException {
        return AzureCatalog.load(
                lines("Microsoft.Storage/storageAccounts/read",
                        "Microsoft.Compute/virtualMachines/read",
                        "Microsoft.Compute/virtualMachines/write",
                        "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read",
                        "Microsoft.Compute/disks/read"),
                lines("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"));
    }

    @Nested
    class SmallCatalog {
        @Test
        void looksUpOperationsIgnoringCase() throws IOException {
            AzureCatalog c = small();
            assertThat(c.isKnownOperation("microsoft.compute/VIRTUALMACHINES/read")).isTrue();
            assertThat(c.canonical("microsoft.compute/virtualmachines/read")).contains("Microsoft.Compute/virtualMachines/read");
            assertThat(c.isKnownOperation("Microsoft.Compute/virtualMachines/delete")).isFalse();
            assertThat(c.operationCount()).isEqualTo(5);
        }

        @Test
        void wildcardsSpanSlashes() throws IOException {
            AzureCatalog c = small();
            assertThat(c.matching("Microsoft.Compute/*/read", 10))
                    .containsExactly("Microsoft.Compute/disks/read", "Microsoft.Compute/virtualMachines/read");
            assertThat(c.matching("*/read", 10)).hasSize(4);
            assertThat(c.matchesAny("Microsoft.Compute/*/delete")).isFalse();
            assertThat(c.matchesAny("microsoft.storage/*")).isTrue();
        }

        @Test
        void knowsDataActionsAndNamespaces() throws IOException {
            AzureCatalog c = small();
            assertThat(c.isDataAction("microsoft.storage/storageaccounts/blobservices/containers/blobs/read")).isTrue();
            assertThat(c.isDataAction("Microsoft.Storage/storageAccounts/read")).isFalse();
            assertThat(c.canonicalNamespace("MICROSOFT.COMPUTE")).contains("Microsoft.Compute");
            assertThat(c.isKnownNamespace("Microsoft.Comput")).isFalse();
        }

        @Test
        void suggestsWithinTheProviderOrTheProviderItself() throws IOException {
            AzureCatalog c = small();
            assertThat(c.suggest("Microsoft.Compute/virtualMachine/read", 2)).containsExactly("Microsoft.Compute/virtualMachines/read");
            assertThat(c.suggest("Microsoft.Comptue/virtualMachines/read", 2)).containsExactly("Microsoft.Compute");
        }
    }

    @Test
    void bundledCatalogHoldsTheSeedsOperations() {
        AzureCatalog c = AzureCatalog.bundled();
        assertThat(c.operationCount()).isGreaterThan(20000);
        assertThat(c.isKnownOperation("Microsoft.Compute/virtualMachines/powerOff/action")).isTrue();
        assertThat(c.isKnownOperation("Microsoft.ContainerRegistry/registries/pull/read")).isTrue();
        assertThat(c.isDataAction("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/move/action")).isTrue();
        assertThat(c.isDataAction("Microsoft.Storage/storageAccounts/blobServices/containers/write")).isFalse();
        assertThat(AzureCatalog.bundled()).isSameAs(c);
    }
}
