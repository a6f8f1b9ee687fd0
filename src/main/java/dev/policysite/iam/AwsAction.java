package dev.policysite.iam;

import java.util.List;

/**
 * An AWS action from the catalog, e.g. {@code ec2:RunInstances}: the resource types it can be limited to
 * and the condition keys that apply to it. The lists stay undecoded in the catalog bytes until first
 * asked for; most actions never are.
 */
public final class AwsAction {
    private final String service;
    private final String name;
    private final CatalogLines lines;
    private final int line;
    private final String fullName;
    private volatile List<String> resourceTypes;
    private volatile List<AwsResourceType> resolvedTypes;
    private volatile List<String> conditionKeys;

    AwsAction(String service, String name, CatalogLines lines, int line) {
        this.service = service;
        this.name = name;
        this.lines = lines;
        this.line = line;
        this.fullName = service + ":" + name;
    }

    /** The service prefix, lower-case, e.g. {@code ec2}. */
    public String service() {
        return service;
    }

    /** The action name as the catalog spells it, e.g. {@code RunInstances}. */
    public String name() {
        return name;
    }

    /** {@code service:Name}, the canonical spelling. */
    public String fullName() {
        return fullName;
    }

    /** Names of the resource types the action can be limited to; empty when it needs {@code "Resource": "*"}. */
    public List<String> resourceTypes() {
        List<String> list = resourceTypes;
        if (list == null) {
            list = split(2);
            resourceTypes = list;
        }
        return list;
    }

    /** The catalog's resource type records, cached here by {@link AwsCatalog#resourceTypesFor}. */
    List<AwsResourceType> resolvedTypes() {
        return resolvedTypes;
    }

    void resolvedTypes(List<AwsResourceType> types) {
        resolvedTypes = types;
    }

    public boolean hasResourceTypes() {
        return !resourceTypes().isEmpty();
    }

    /** The catalog's condition keys for this action (action-level and per resource type). */
    public List<String> conditionKeys() {
        List<String> list = conditionKeys;
        if (list == null) {
            list = split(3);
            conditionKeys = list;
        }
        return list;
    }

    /** Does the catalog list {@code key} (or a template covering it) for this action? */
    public boolean acceptsConditionKey(String key) {
        for (String k : conditionKeys()) {
            if (AwsConditionKey.covers(k, key)) {
                return true;
            }
        }
        return false;
    }

    private List<String> split(int field) {
        String text = lines.field(line, field);
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    @Override
    public String toString() {
        return fullName();
    }
}
