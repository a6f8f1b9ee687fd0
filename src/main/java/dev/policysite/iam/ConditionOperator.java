package dev.policysite.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An IAM condition operator such as {@code ForAnyValue:StringLikeIfExists}: an optional set prefix,
 * a base operator and an optional {@code IfExists} suffix.
 */
record ConditionOperator(String name, String base, Family family, boolean ifExists, String setPrefix) {

    enum Family { STRING, NUMERIC, DATE, BOOL, BINARY, IP, ARN, NULL }

    private static final Map<String, Family> BASES = Map.ofEntries(
            Map.entry("StringEquals", Family.STRING), Map.entry("StringNotEquals", Family.STRING),
            Map.entry("StringEqualsIgnoreCase", Family.STRING), Map.entry("StringNotEqualsIgnoreCase", Family.STRING),
            Map.entry("StringLike", Family.STRING), Map.entry("StringNotLike", Family.STRING),
            Map.entry("NumericEquals", Family.NUMERIC), Map.entry("NumericNotEquals", Family.NUMERIC),
            Map.entry("NumericLessThan", Family.NUMERIC), Map.entry("NumericLessThanEquals", Family.NUMERIC),
            Map.entry("NumericGreaterThan", Family.NUMERIC), Map.entry("NumericGreaterThanEquals", Family.NUMERIC),
            Map.entry("DateEquals", Family.DATE), Map.entry("DateNotEquals", Family.DATE),
            Map.entry("DateLessThan", Family.DATE), Map.entry("DateLessThanEquals", Family.DATE),
            Map.entry("DateGreaterThan", Family.DATE), Map.entry("DateGreaterThanEquals", Family.DATE),
            Map.entry("Bool", Family.BOOL), Map.entry("BinaryEquals", Family.BINARY),
            Map.entry("IpAddress", Family.IP), Map.entry("NotIpAddress", Family.IP),
            Map.entry("ArnEquals", Family.ARN), Map.entry("ArnLike", Family.ARN),
            Map.entry("ArnNotEquals", Family.ARN), Map.entry("ArnNotLike", Family.ARN),
            Map.entry("Null", Family.NULL));

    private static final List<String> SET_PREFIXES = List.of("ForAllValues:", "ForAnyValue:");
    private static final String IF_EXISTS = "IfExists";

    /** The operator, or null when IAM does not know it (names are matched exactly). */
    static ConditionOperator parse(String name) {
        String rest = name;
        String prefix = "";
        for (String p : SET_PREFIXES) {
            if (rest.startsWith(p)) {
                prefix = p;
                rest = rest.substring(p.length());
                break;
            }
        }
        boolean ifExists = false;
        if (rest.endsWith(IF_EXISTS) && !BASES.containsKey(rest)) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        Family family = BASES.get(rest);
        return family == null ? null : new ConditionOperator(name, rest, family, ifExists, prefix);
    }

    /** Known operators spelt closest to {@code name}, keeping its prefix and suffix. */
    static List<String> suggest(String name) {
        String prefix = "";
        String rest = name;
        for (String p : SET_PREFIXES) {
            if (rest.regionMatches(true, 0, p, 0, p.length())) {
                prefix = p;
                rest = rest.substring(p.length());
            }
        }
        String suffix = "";
        if (rest.length() > IF_EXISTS.length() && rest.regionMatches(true, rest.length() - IF_EXISTS.length(), IF_EXISTS, 0, IF_EXISTS.length())) {
            suffix = IF_EXISTS;
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        List<String> out = new ArrayList<>();
        for (String base : Suggestions.closest(rest, BASES.keySet(), 2)) {
            out.add(prefix + base + suffix);
        }
        return out;
    }
}
