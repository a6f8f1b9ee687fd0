package dev.policysite.check;

import dev.policysite.check.SlotTemplate.Binding;
import dev.policysite.check.SlotTemplate.Way;
import dev.policysite.diag.Finding;
import dev.policysite.diag.SourcePos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one page writes each placeholder of the model, collected over its blocks in text order. Two things
 * are reported ({@code policy.placeholder-spelling}, a warning), each once per placeholder and page:
 * <ul>
 *   <li>the placeholder's name in a form other than the model's {@code [NAME]} ({@code <VPC_ID>}, a bare
 *   {@code BUCKET_NAME}): the model writes every placeholder one way, so one rule holds on every page;</li>
 *   <li>a stand-in ({@code xxxxxxxxxxxx}) beside another way of writing the same placeholder (its token, an
 *   example value, another stand-in): readers cannot tell what to replace.</li>
 * </ul>
 * The token and valid values together are one way: a page may show the template and a filled-in example.
 * An unknown {@code [NAME]} is not counted here; {@code policy.unknown-placeholder} reports it.
 */
final class PlaceholderSpelling {
    private record Seen(int block, int line, int col, Binding binding) {
    }

    private final Map<String, List<Seen>> byName = new LinkedHashMap<>();

    void add(int block, int line, int col, Binding b) {
        if (b.way() == Way.NAME_VARIANT && b.text().startsWith("[") && b.text().endsWith("]")) {
            return; // an unknown [NAME]: reported as such, with a suggestion
        }
        byName.computeIfAbsent(b.placeholder().getName(), k -> new ArrayList<>()).add(new Seen(block, line, col, b));
    }

    /** The findings, as (block index, issue) pairs. */
    List<Map.Entry<Integer, Finding>> issues() {
        List<Map.Entry<Integer, Finding>> out = new ArrayList<>();
        byName.forEach((name, seen) -> {
            String token = "[" + name + "]";
            Set<String> variants = new LinkedHashSet<>();
            for (Seen s : seen) {
                if (s.binding().way() == Way.NAME_VARIANT && variants.add(s.binding().text())) {
                    out.add(Map.entry(s.block(), issue(s, "placeholder " + name + " is written " + s.binding().text()
                            + "; the policy model writes " + token, "write " + token + ", the same way on every page")));
                }
            }
            Set<String> ways = new LinkedHashSet<>();
            Seen firstStandIn = null;
            for (Seen s : seen) {
                Way w = s.binding().way();
                ways.add(w == Way.TOKEN || w == Way.VALUE ? "" : s.binding().text());
                if (w == Way.STAND_IN && firstStandIn == null) {
                    firstStandIn = s;
                }
            }
            if (firstStandIn != null && ways.size() > 1) {
                out.add(Map.entry(firstStandIn.block(), issue(firstStandIn, "placeholder " + name
                        + " is written in different ways on this page: " + String.join(", ", spellings(seen)),
                        "write " + token + " everywhere, as the policy model does, or one example value that fits "
                                + seen.get(0).binding().placeholder().getPattern())));
            }
        });
        return out;
    }

    private static List<String> spellings(List<Seen> seen) {
        Set<String> texts = new LinkedHashSet<>();
        seen.forEach(s -> texts.add(s.binding().text()));
        List<String> list = new ArrayList<>(texts);
        return list.size() <= 4 ? list : List.of(list.get(0), list.get(1), list.get(2), "and " + (list.size() - 3) + " more");
    }

    private static Finding issue(Seen s, String message, String hint) {
        return Finding.warning(CheckCodes.POLICY_PLACEHOLDER_SPELLING, SourcePos.inText(s.line(), s.col()), message, hint);
    }
}
