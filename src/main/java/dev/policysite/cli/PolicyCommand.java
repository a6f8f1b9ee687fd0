package dev.policysite.cli;

import dev.policysite.diag.UserError;
import dev.policysite.policy.DidYouMean;

import dev.policysite.policy.Placeholder;
import dev.policysite.policy.Policy;
import dev.policysite.policy.PolicyModel;
import dev.policysite.policy.PolicySize;
import dev.policysite.policy.TerraformFormat;
import dev.policysite.policy.View;
import dev.policysite.policy.ViewRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code policysite policy ID [--without F]... [--with F]... [--set NAME=VALUE]... [--format F]}: prints a
 * policy with exactly the permissions the chosen features need. {@code --list} lists the model.
 * Exit 0 on success, 2 for a usage problem (unknown id, feature or placeholder, refused value),
 * 1 when the model itself is broken; the error is one line on stderr.
 */
@Command(name = "policy",
        description = "Print a policy tailored to the features you use, with your values filled in.")
public class PolicyCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("json", "azure-role", "terraform");

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The policy to print (see --list).")
    String id;

    @Option(names = "--without", paramLabel = "FEATURE", split = ",", description = "Leave out a feature's permissions.")
    List<String> without = new ArrayList<>();

    @Option(names = "--with", paramLabel = "FEATURE", split = ",", description = "Add an opt-in feature's permissions.")
    List<String> with = new ArrayList<>();

    @Option(names = "--fragment", paramLabel = "FEATURE", description = "Print only what one feature needs (its fragment).")
    String fragment;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Fill in a placeholder; the value is checked first.")
    List<String> set = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), azure-role (Azure policies) or terraform.")
    String format;

    @Option(names = "--list", description = "List the policies, their features and placeholders.")
    boolean list;

    @Option(names = "--model", paramLabel = "DIR",
            description = "Directory of the policy model (default: the policies_dir of the site config, else content/policies).")
    Path model;

    @Option(names = "--config", paramLabel = "FILE", description = "Site config whose policy model to use (default: as for build).")
    Path config;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Spec
    CommandSpec spec;

    public PolicyCommand() {
    }

    /** --model wins; else the site config's policies_dir (as build finds it); else content/policies. */
    private Path modelDir() {
        if (model != null) {
            return model;
        }
        SiteOptions site = new SiteOptions();
        site.config = config;
        try {
            Path dir = site.load(new dev.policysite.diag.Diagnostics()).policiesDir();
            if (dir != null) {
                model = dir;
                return dir;
            }
        } catch (UserError e) {
            if (config != null) {
                throw e;
            }
        }
        model = Path.of("content", "policies");
        return model;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicyModel loaded;
        try {
            loaded = PolicyModel.load(modelDir());
        } catch (UserError e) {
            err.println(e.toLine(Path.of("").toAbsolutePath()));
            err.flush();
            return 1;
        }
        try {
            if (loaded.policies().isEmpty()) {
                throw new UserError(null, "no policies in " + model, "give the model directory with --model DIR");
            }
            if (list) {
                out.print(listing(loaded));
            } else {
                out.println(render(loaded, err));
            }
            out.flush();
            return 0;
        } catch (UserError e) {
            err.println(e.toLine(Path.of("").toAbsolutePath()));
            err.flush();
            return 2;
        }
    }

    private String render(PolicyModel loaded, PrintWriter err) {
        if (id == null) {
            throw new UserError(null, "which policy?", "give a policy id (" + String.join(", ", loaded.ids()) + ") or --list");
        }
        if (!FORMATS.contains(format)) {
            throw new UserError(null, "unknown format '" + format + "'", DidYouMean.hint(format, FORMATS));
        }
        View view = new ViewRequest(id, with, without, fragment, null, values()).resolve(loaded);
        Policy policy = view.policy();
        if (format.equals("azure-role") && policy.kind().isAws()) {
            throw new UserError(null, "--format azure-role is for Azure role definitions; " + id + " is " + policy.kind().label(),
                    "use --format json or terraform");
        }
        if (format.equals("terraform") && fragment != null) {
            throw new UserError(null, "--format terraform needs a whole policy", "drop --fragment");
        }
        if (!view.unfilledPlaceholders().isEmpty()) {
            err.println("note: still to fill in: " + view.unfilledPlaceholders().stream().map(n -> "[" + n + "]")
                    .collect(Collectors.joining(" ")) + " (use --set NAME=VALUE)");
        }
        PolicySize.warning(view).ifPresent(w -> err.println("warning: " + w));
        err.flush();
        return format.equals("terraform") ? TerraformFormat.of(view) : view.getJson();
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String s : set) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new UserError(null, "--set " + s + " is not NAME=VALUE", "write e.g. --set VPC_ID=vpc-0a1b2c3d");
            }
            if (values.put(s.substring(0, eq), s.substring(eq + 1)) != null) {
                throw new UserError(null, s.substring(0, eq) + " is set twice", "give each placeholder one value");
            }
        }
        return values;
    }

    private static String listing(PolicyModel loaded) {
        StringBuilder sb = new StringBuilder();
        for (Policy p : loaded.policies()) {
            sb.append(p.id()).append(" (").append(p.kind().label()).append("): ").append(p.title()).append('\n');
            if (!p.features().isEmpty()) {
                sb.append("  features:     ").append(p.features().stream()
                        .map(f -> f.getId() + (f.isOptIn() ? " (opt-in)" : "")).collect(Collectors.joining(", "))).append('\n');
            }
            if (!p.placeholders().isEmpty()) {
                sb.append("  placeholders: ").append(p.placeholders().stream()
                        .map(Placeholder::getName).collect(Collectors.joining(", "))).append('\n');
            }
        }
        return sb.toString();
    }
}
