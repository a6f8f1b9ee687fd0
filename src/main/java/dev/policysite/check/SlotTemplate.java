package dev.policysite.check;

import dev.policysite.policy.Placeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A string of the policy model that holds placeholders ({@code arn:aws:ec2:*:*:vpc/[VPC_ID]}), and how a
 * page may write it: each placeholder as its token, as a value, or as some stand-in
 * ({@code xxxxxxxxxxxx}, {@code <vpc-id>}, a bare {@code VPC_ID}). Whether a page block has the model's
 * structure is decided with any of these; how the placeholders are written is judged separately
 * ({@link PlaceholderSpelling}), so one defect gives one finding. A slot never matches wildcards, ARN
 * separators, whitespace or quotes: a block that widens the model's resource is still drift.
 */
final class SlotTemplate {
    private static final Pattern TOKEN = Pattern.compile("\\[([A-Z][A-Z0-9_]*)\\]");
    /** What a stand-in may hold: no wildcard, no ARN or path separator, no whitespace, quote, comma or variable. */
    private static final String STAND_IN = "[^\\s*?:/\",$]+";
    /** Below this much fixed text a template says too little to accept stand-ins (a bare "[VPC_ID]" would match any word). */
    private static final int MIN_LITERAL = 4;

    private final String text;
    private final String prefix;
    private final Pattern pattern;
    private final List<Placeholder> slots;

    private SlotTemplate(String text, String prefix, Pattern pattern, List<Placeholder> slots) {
        this.text = text;
        this.prefix = prefix;
        this.pattern = pattern;
        this.slots = slots;
    }

    /** How one placeholder of a template is written in a page's string. */
    enum Way {
        /** {@code [NAME]}, as the model writes it. */
        TOKEN,
        /** A value the placeholder accepts, e.g. an example. */
        VALUE,
        /** The placeholder's name in another form: {@code <VPC_ID>}, bare {@code VPC_ID}, {@code {vpc-id}}. */
        NAME_VARIANT,
        /** Anything else: a filler such as {@code xxxxxxxxxxxx}, or a value the placeholder refuses. */
        STAND_IN
    }

    /** One placeholder as a page wrote it: the text, where it starts in the string, and which way it is. */
    record Binding(Placeholder placeholder, String text, int offset, Way way) {
    }

    /** The template for {@code text}, or null when it holds none of the declared placeholders. */
    static SlotTemplate of(String text, Map<String, Placeholder> declared) {
        List<String> literals = new ArrayList<>();
        List<Placeholder> slots = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int from = 0;
        while (m.find()) {
            Placeholder p = declared.get(m.group(1));
            if (p != null) {
                literals.add(text.substring(from, m.start()));
                slots.add(p);
                from = m.end();
            }
        }
        if (slots.isEmpty()) {
            return null;
        }
        literals.add(text.substring(from));
        boolean standIns = literals.stream().mapToInt(String::length).sum() >= MIN_LITERAL;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < slots.size(); i++) {
            Placeholder p = slots.get(i);
            regex.append(Pattern.quote(literals.get(i)))
                    .append("(?<s").append(i).append('>').append(Pattern.quote(p.getToken()))
                    .append("|(?:").append(p.getPattern()).append(')')
                    .append(standIns ? "|" + STAND_IN : "").append(')');
        }
        regex.append(Pattern.quote(literals.get(slots.size())));
        return new SlotTemplate(text, literals.get(0), Pattern.compile(regex.toString()), List.copyOf(slots));
    }

    /** The model's text, e.g. {@code arn:aws:ec2:*:*:vpc/[VPC_ID]}. */
    String text() {
        return text;
    }

    /**
     * How {@code s} writes this template's placeholders, or null when {@code s} is not written after it. A slot
     * holding the token of another declared placeholder does not match: that is a different resource.
     *
     * @param modelNames every placeholder name the model declares
     */
    List<Binding> match(String s, Set<String> modelNames) {
        if (!s.startsWith(prefix)) {
            return null;
        }
        Matcher m = pattern.matcher(s);
        if (!m.matches()) {
            return null;
        }
        List<Binding> out = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            Placeholder p = slots.get(i);
            String written = m.group("s" + i);
            Matcher token = TOKEN.matcher(written);
            if (token.matches() && !token.group(1).equals(p.getName()) && modelNames.contains(token.group(1))) {
                return null;
            }
            out.add(new Binding(p, written, m.start("s" + i), way(p, written)));
        }
        return out;
    }

    private static Way way(Placeholder p, String written) {
        if (written.equals(p.getToken())) {
            return Way.TOKEN;
        }
        if (bareName(written).equals(bareName(p.getName()))) {
            return Way.NAME_VARIANT; // even where the pattern would take it (a resource group may be called RESOURCE_GROUP)
        }
        return p.problem(written).isEmpty() ? Way.VALUE : Way.STAND_IN;
    }

    /** {@code <Vpc-Id>}, {@code {vpc_id}}, {@code VPCID} all read {@code vpcid}. */
    static String bareName(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
