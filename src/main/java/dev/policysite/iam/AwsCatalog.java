package dev.policysite.iam;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The real AWS actions, resource types (with ARN formats) and condition keys, from the catalog files
 * bundled under {@code dev/policysite/iam/catalog/} (see {@code scripts/refresh-catalogs.sh}).
 * Lookups are case-insensitive, as IAM is for action and service names. Immutable and thread-safe.
 * <p>
 * Loading only indexes the action lines by service; actions, resource types and condition keys are
 * decoded when first asked for, so a cold start costs a few tens of milliseconds.
 */
public final class AwsCatalog {
    /** ELB v1 and v2 share action names but the catalog keeps one entry per name (see the catalog README). */
    private static final String ELB = "elasticloadbalancing";

    private final CatalogLines actionLines;
    private final Map<String, Service> services;
    private final Lazy<Map<String, Map<String, AwsResourceType>>> resourceTypes;
    private final Lazy<ConditionKeys> conditionKeys;

    private AwsCatalog(byte[] actions, Supplier<byte[]> resourceTypes, Supplier<byte[]> conditionKeys) {
        this.actionLines = CatalogLines.of(actions, 1);
        this.services = indexServices(actionLines);
        this.resourceTypes = new Lazy<>(() -> readResourceTypes(CatalogLines.of(resourceTypes.get())));
        this.conditionKeys = new Lazy<>(() -> new ConditionKeys(CatalogLines.of(conditionKeys.get())));
    }

    /** The catalog shipped with policysite, read on first use and shared. */
    public static AwsCatalog bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final AwsCatalog INSTANCE = new AwsCatalog(CatalogFiles.bundled("aws-actions.tsv.gz"),
                () -> CatalogFiles.bundled("aws-resource-types.tsv.gz"),
                () -> CatalogFiles.bundled("aws-condition-keys.tsv.gz"));
    }

    /**
     * Reads the three tab-separated catalog files, uncompressed (see the catalog README for the columns):
     * actions {@code service, action, resource types, condition keys} grouped by service; resource types
     * {@code service, type, ARN format, condition keys}; condition keys {@code service, key, type}.
     */
    public static AwsCatalog load(InputStream actions, InputStream resourceTypes, InputStream conditionKeys)
            throws IOException {
        byte[] types = CatalogFiles.readAll(resourceTypes);
        byte[] keys = CatalogFiles.readAll(conditionKeys);
        return new AwsCatalog(CatalogFiles.readAll(actions), () -> types, () -> keys);
    }

    // ---------------------------------------------------------------- services and actions

    public boolean isKnownService(String prefix) {
        return service(prefix) != null;
    }

    /** Prefixes are lower-case and nearly always written so: look up as written first, lower-cased second. */
    private Service service(String prefix) {
        Service s = services.get(prefix);
        return s != null ? s : services.get(lower(prefix));
    }

    /** All service prefixes, sorted. */
    public Set<String> serviceNames() {
        return Collections.unmodifiableSet(new TreeSet<>(services.keySet()));
    }

    /** Is {@code action} ({@code service:Name}, no wildcards) a real action? Case-insensitive. */
    public boolean isKnownAction(String action) {
        return action(action).isPresent();
    }

    /** The catalog entry for {@code service:Name} (case-insensitive), with its canonical spelling. */
    public Optional<AwsAction> action(String action) {
        int colon = action.indexOf(':');
        Service s = colon < 0 ? null : service(action.substring(0, colon));
        return s == null ? Optional.empty() : Optional.ofNullable(s.find(action.substring(colon + 1)));
    }

    /** The actions a pattern such as {@code ec2:Describe*} or {@code s3:Get?bject} covers; case-insensitive. */
    public List<AwsAction> actionsMatching(String pattern) {
        List<AwsAction> out = new ArrayList<>();
        collectMatching(pattern, out, Integer.MAX_VALUE);
        return out;
    }

    /** Does the pattern cover at least one real action? Stops at the first. */
    public boolean matchesAnyAction(String pattern) {
        List<AwsAction> out = new ArrayList<>(1);
        collectMatching(pattern, out, 1);
        return !out.isEmpty();
    }

    private void collectMatching(String pattern, List<AwsAction> out, int limit) {
        int colon = pattern.indexOf(':');
        if (colon < 0) {
            return;
        }
        String servicePart = pattern.substring(0, colon);
        String namePart = pattern.substring(colon + 1);
        if (Wildcards.hasWildcard(servicePart)) {
            for (Service s : services.values()) {
                if (Wildcards.matches(servicePart, s.prefix, true)) {
                    s.collect(namePart, out, limit);
                }
            }
            return;
        }
        Service s = service(servicePart);
        if (s != null) {
            s.collect(namePart, out, limit);
        }
    }

    /** The actions of one service, sorted by name; empty for an unknown service. */
    public List<AwsAction> actionsOf(String service) {
        Service s = services.get(lower(service));
        if (s == null) {
            return List.of();
        }
        List<AwsAction> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            out.add(s.actionAt(i));
        }
        return out;
    }

    public int actionCount() {
        return actionLines.count();
    }

    /** Up to {@code max} real actions of the same service spelt closest to {@code action}, as {@code service:Name}. */
    public List<String> suggestActions(String action, int max) {
        int colon = action.indexOf(':');
        Service s = colon < 0 ? null : services.get(lower(action.substring(0, colon)));
        if (s == null) {
            return List.of();
        }
        return Suggestions.closest(action.substring(colon + 1), s.names(), max).stream()
                .map(n -> s.prefix + ":" + n).toList();
    }

    /** Up to {@code max} service prefixes spelt closest to {@code service}. */
    public List<String> suggestServices(String service, int max) {
        return Suggestions.closest(service, services.keySet(), max);
    }

    // ---------------------------------------------------------------- resource types

    public Optional<AwsResourceType> resourceType(String service, String type) {
        Map<String, AwsResourceType> types = resourceTypes.get().get(lower(service));
        return types == null ? Optional.empty() : Optional.ofNullable(types.get(lower(type)));
    }

    /**
     * The resource types an ARN in a statement with {@code action} may name. For Elastic Load Balancing
     * every type of the service counts, because the catalog merged the v1 and v2 actions of the same name.
     */
    public List<AwsResourceType> resourceTypesFor(AwsAction action) {
        List<AwsResourceType> cached = action.resolvedTypes();
        if (cached != null) {
            return cached;
        }
        Map<String, AwsResourceType> types = resourceTypes.get().get(action.service());
        List<AwsResourceType> out;
        if (types == null || !action.hasResourceTypes()) {
            out = List.of();
        } else if (action.service().equals(ELB)) {
            out = List.copyOf(types.values());
        } else {
            List<AwsResourceType> list = new ArrayList<>(action.resourceTypes().size());
            for (String name : action.resourceTypes()) {
                AwsResourceType t = types.get(lower(name));
                if (t != null) {
                    list.add(t);
                }
            }
            out = List.copyOf(list);
        }
        action.resolvedTypes(out);
        return out;
    }

    // ---------------------------------------------------------------- condition keys

    /** The catalog key a policy's condition key refers to; templates cover concrete tag keys. */
    public Optional<AwsConditionKey> conditionKey(String key) {
        return conditionKeys.get().find(key);
    }

    /** Does any catalog key start with {@code prefix:} (a service prefix, {@code aws}, an identity provider)? */
    public boolean isKnownConditionKeyPrefix(String prefix) {
        return conditionKeys.get().prefixes.contains(lower(prefix));
    }

    /**
     * Does {@code key} apply to {@code action}? Global keys always do. For Elastic Load Balancing a key
     * of any action of the service counts (v1 and v2 share names in the catalog).
     */
    public boolean conditionKeyApplies(AwsAction action, String key) {
        Optional<AwsConditionKey> known = conditionKey(key);
        if (known.isPresent() && known.get().isGlobal()) {
            return true;
        }
        if (action.acceptsConditionKey(key)) {
            return true;
        }
        if (action.service().equals(ELB)) {
            for (AwsAction other : actionsOf(ELB)) {
                if (other.acceptsConditionKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- indexes

    /** Groups the action lines by their service field; the file keeps each service's lines together. */
    private static Map<String, Service> indexServices(CatalogLines lines) {
        Map<String, Service> services = new HashMap<>(1024);
        int from = 0;
        while (from < lines.count()) {
            int start = lines.fieldStart(from, 0);
            int end = lines.fieldEnd(from, 0);
            int to = from + 1;
            while (to < lines.count()
                    && lines.compareRangesIgnoreCase(start, end, lines.fieldStart(to, 0), lines.fieldEnd(to, 0)) == 0) {
                to++;
            }
            String prefix = lower(lines.text(start, end));
            Service previous = services.get(prefix);
            if (previous != null) {
                throw new IllegalStateException("catalog lines of service " + prefix + " are not grouped together");
            }
            services.put(prefix, new Service(prefix, lines, from, to));
            from = to;
        }
        return services;
    }

    /** One service's action lines, searched by name; actions are built on first use. */
    private static final class Service {
        final String prefix;
        private final CatalogLines lines;
        private final int from;
        private final int to;
        private volatile int[] order;
        private final AwsAction[] built;
        private volatile List<String> names;

        Service(String prefix, CatalogLines lines, int from, int to) {
            this.prefix = prefix;
            this.lines = lines;
            this.from = from;
            this.to = to;
            this.built = new AwsAction[to - from];
        }

        int size() {
            return to - from;
        }

        /** Catalog line of the i-th action in name order; the refresh script sorts, this checks. */
        private int line(int i) {
            int[] o = order;
            if (o == null) {
                o = sortedOrder();
                order = o;
            }
            return o[i];
        }

        private int[] sortedOrder() {
            Integer[] idx = new Integer[size()];
            boolean sorted = true;
            for (int i = 0; i < idx.length; i++) {
                idx[i] = from + i;
                if (i > 0 && compareLines(idx[i - 1], idx[i]) > 0) {
                    sorted = false;
                }
            }
            if (!sorted) {
                Arrays.sort(idx, this::compareLines);
            }
            return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
        }

        private int compareLines(int a, int b) {
            return lines.compareRangesIgnoreCase(lines.fieldStart(a, 1), lines.fieldEnd(a, 1),
                    lines.fieldStart(b, 1), lines.fieldEnd(b, 1));
        }

        private int compareName(int i, byte[] key) {
            int line = line(i);
            return lines.compareIgnoreCase(lines.fieldStart(line, 1), lines.fieldEnd(line, 1), key);
        }

        AwsAction actionAt(int i) {
            AwsAction a = built[i];
            if (a == null) {
                // a benign race: AwsAction is immutable apart from its own lazily cached lists
                a = new AwsAction(prefix, lines.field(line(i), 1), lines, line(i));
                built[i] = a;
            }
            return a;
        }

        int lowerBound(byte[] key) {
            int lo = 0;
            int hi = size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compareName(mid, key) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        AwsAction find(String name) {
            byte[] key = CatalogLines.key(name);
            int i = lowerBound(key);
            return i < size() && compareName(i, key) == 0 ? actionAt(i) : null;
        }

        void collect(String namePattern, List<AwsAction> out, int limit) {
            if (!Wildcards.hasWildcard(namePattern)) {
                AwsAction a = find(namePattern);
                if (a != null && out.size() < limit) {
                    out.add(a);
                }
                return;
            }
            byte[] prefix = CatalogLines.key(Wildcards.literalPrefix(namePattern));
            for (int i = lowerBound(prefix); i < size() && out.size() < limit; i++) {
                int line = line(i);
                if (!lines.startsWithIgnoreCase(lines.fieldStart(line, 1), lines.fieldEnd(line, 1), prefix)) {
                    break;
                }
                AwsAction a = actionAt(i);
                if (Wildcards.matches(namePattern, a.name(), true)) {
                    out.add(a);
                }
            }
        }

        List<String> names() {
            List<String> n = names;
            if (n == null) {
                List<String> list = new ArrayList<>(size());
                for (int i = 0; i < size(); i++) {
                    list.add(actionAt(i).name());
                }
                n = List.copyOf(list);
                names = n;
            }
            return n;
        }
    }

    private static Map<String, Map<String, AwsResourceType>> readResourceTypes(CatalogLines lines) {
        Map<String, Map<String, AwsResourceType>> byService = new HashMap<>(512);
        for (int i = 0; i < lines.count(); i++) {
            String service = lower(lines.field(i, 0));
            String type = lines.field(i, 1);
            byService.computeIfAbsent(service, k -> new HashMap<>())
                    .put(lower(type), new AwsResourceType(service, type, lines.field(i, 2)));
        }
        return byService;
    }

    /** Condition keys by lower-case name, templates ({@code aws:RequestTag/${TagKey}}) by their prefix. */
    private static final class ConditionKeys {
        final Map<String, AwsConditionKey> byName = new HashMap<>(4096);
        final Map<String, AwsConditionKey> byTemplatePrefix = new HashMap<>(256);
        final Set<String> prefixes = new HashSet<>();

        ConditionKeys(CatalogLines lines) {
            for (int i = 0; i < lines.count(); i++) {
                AwsConditionKey key = new AwsConditionKey(lines.field(i, 1), lines.field(i, 2), lines.field(i, 0));
                String template = key.templatePrefix();
                if (template != null) {
                    byTemplatePrefix.putIfAbsent(template, key);
                } else {
                    byName.putIfAbsent(lower(key.key()), key);
                }
                int colon = key.key().indexOf(':');
                if (colon > 0) {
                    prefixes.add(lower(key.key().substring(0, colon)));
                }
            }
        }

        Optional<AwsConditionKey> find(String key) {
            String k = lower(key);
            AwsConditionKey exact = byName.get(k);
            if (exact != null) {
                return Optional.of(exact);
            }
            int slash = k.indexOf('/');
            if (slash > 0 && slash < k.length() - 1) {
                return Optional.ofNullable(byTemplatePrefix.get(k.substring(0, slash + 1)));
            }
            return Optional.empty();
        }
    }
}
