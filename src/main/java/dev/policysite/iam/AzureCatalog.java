package dev.policysite.iam;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import static dev.policysite.iam.AwsCatalog.lower;

/**
 * The Azure resource provider operations ({@code Microsoft.Compute/virtualMachines/read}) and the subset
 * known to be data actions, from the catalog files bundled under {@code dev/policysite/iam/catalog/}.
 * Lookups are case-insensitive, as Azure RBAC is. Immutable and thread-safe; operations are decoded
 * from the catalog bytes only when a lookup needs them.
 */
public final class AzureCatalog {
    private final CatalogLines lines;
    private final int[] order;
    private final Lazy<Set<String>> dataActions;

    private AzureCatalog(byte[] operations, Supplier<byte[]> dataActions) {
        this.lines = CatalogLines.of(operations);
        this.order = sortedOrder(lines);
        this.dataActions = new Lazy<>(() -> {
            CatalogLines data = CatalogLines.of(dataActions.get());
            Set<String> set = new HashSet<>(data.count() * 2);
            for (int i = 0; i < data.count(); i++) {
                set.add(lower(data.field(i, 0)));
            }
            return set;
        });
    }

    /** The catalog shipped with policysite, read on first use and shared. */
    public static AzureCatalog bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final AzureCatalog INSTANCE = new AzureCatalog(CatalogFiles.bundled("azure-operations.txt.gz"),
                () -> CatalogFiles.bundled("azure-data-actions-from-roles.txt.gz"));
    }

    /** Reads the operation list and the (partial) data-action list, uncompressed, one operation a line. */
    public static AzureCatalog load(InputStream operations, InputStream dataActions) throws IOException {
        byte[] data = CatalogFiles.readAll(dataActions);
        return new AzureCatalog(CatalogFiles.readAll(operations), () -> data);
    }

    /** Is {@code operation} (no wildcards) a real operation? Case-insensitive. */
    public boolean isKnownOperation(String operation) {
        return canonical(operation).isPresent();
    }

    /** The catalog's spelling of {@code operation}. */
    public Optional<String> canonical(String operation) {
        int i = indexOf(operation);
        return i < 0 ? Optional.empty() : Optional.of(operation(i));
    }

    /** Position of {@code operation} in the catalog (case-insensitive), or -1; for checks that avoid building strings. */
    int indexOf(String operation) {
        byte[] key = CatalogLines.key(operation);
        int i = lowerBound(key);
        return i < order.length && compare(i, key) == 0 ? i : -1;
    }

    /** Is the operation at {@code index} spelt exactly as {@code operation}, case included? */
    boolean spelledAs(int index, String operation) {
        int line = order[index];
        return lines.equalsExactly(lines.fieldStart(line, 0), lines.fieldEnd(line, 0), operation);
    }

    String operationAt(int index) {
        return operation(index);
    }

    /**
     * Is {@code operation} known to be a data action (it belongs in {@code DataActions})? The list comes
     * from the built-in roles' data actions and is partial: false does not prove a control-plane action.
     */
    public boolean isDataAction(String operation) {
        return dataActions.get().contains(lower(operation));
    }

    public boolean isKnownNamespace(String namespace) {
        return canonicalNamespace(namespace).isPresent();
    }

    /** The catalog's spelling of a provider namespace such as {@code Microsoft.Compute}. */
    public Optional<String> canonicalNamespace(String namespace) {
        byte[] prefix = CatalogLines.key(namespace + "/");
        int i = lowerBound(prefix);
        return i < order.length && startsWith(i, prefix)
                ? Optional.of(operation(i).substring(0, namespace.length())) : Optional.empty();
    }

    /** Does a pattern such as {@code Microsoft.Compute/*}{@code /read} cover at least one operation? */
    public boolean matchesAny(String pattern) {
        return !matching(pattern, 1).isEmpty();
    }

    /** Up to {@code limit} operations (canonical spelling) a wildcard pattern covers; {@code *} spans slashes. */
    public List<String> matching(String pattern, int limit) {
        byte[] prefix = CatalogLines.key(Wildcards.literalPrefix(pattern));
        List<String> out = new ArrayList<>();
        for (int i = lowerBound(prefix); i < order.length && out.size() < limit && startsWith(i, prefix); i++) {
            String op = operation(i);
            if (Wildcards.matches(pattern, op, true)) {
                out.add(op);
            }
        }
        return out;
    }

    /** Up to {@code max} real operations of the same provider spelt closest to {@code operation}. */
    public List<String> suggest(String operation, int max) {
        String namespace = namespaceOf(operation);
        Optional<String> known = canonicalNamespace(namespace);
        if (known.isPresent()) {
            return Suggestions.closest(operation, matching(known.get() + "/*", Integer.MAX_VALUE), max);
        }
        Set<String> namespaces = new TreeSet<>();
        for (int i = 0; i < order.length; i++) {
            namespaces.add(namespaceOf(operation(i)));
        }
        return Suggestions.closest(namespace, namespaces, max);
    }

    public int operationCount() {
        return order.length;
    }

    static String namespaceOf(String operation) {
        int slash = operation.indexOf('/');
        return slash < 0 ? operation : operation.substring(0, slash);
    }

    private String operation(int i) {
        return lines.field(order[i], 0);
    }

    private int compare(int i, byte[] key) {
        int line = order[i];
        return lines.compareIgnoreCase(lines.fieldStart(line, 0), lines.fieldEnd(line, 0), key);
    }

    private boolean startsWith(int i, byte[] prefix) {
        int line = order[i];
        return lines.startsWithIgnoreCase(lines.fieldStart(line, 0), lines.fieldEnd(line, 0), prefix);
    }

    private int lowerBound(byte[] key) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Line numbers in case-insensitive name order; the refresh script sorts the file, this only checks. */
    private static int[] sortedOrder(CatalogLines lines) {
        int n = lines.count();
        int[] order = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (sorted && i > 0 && lines.compareRangesIgnoreCase(lines.fieldStart(i - 1, 0), lines.fieldEnd(i - 1, 0),
                    lines.fieldStart(i, 0), lines.fieldEnd(i, 0)) > 0) {
                sorted = false;
            }
        }
        if (!sorted) {
            Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> lines.compareRangesIgnoreCase(lines.fieldStart(a, 0), lines.fieldEnd(a, 0),
                    lines.fieldStart(b, 0), lines.fieldEnd(b, 0)));
            order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        return order;
    }
}
