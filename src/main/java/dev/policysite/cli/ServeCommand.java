package dev.policysite.cli;

import dev.policysite.config.SiteConfig;
import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.Finding;
import dev.policysite.diag.UserError;
import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.serve.ServeSession;
import dev.policysite.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code policysite serve}: build into a temporary folder, serve it on loopback, rebuild when content,
 * templates, the policy model or the config change, and reload open tabs (or show the error in them).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the site locally and rebuild on change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = {"-a", "--dev-addr"}, paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8000",
            description = "address to serve on (default: ${DEFAULT-VALUE}; loopback only unless you say otherwise)")
    String devAddr;

    @Spec
    CommandSpec spec;

    private SiteBuilder builder;
    private Diagnostics diagnostics = new Diagnostics();

    @Override
    public Integer call() throws Exception {
        try (ServeSession session = start()) {
            Thread stop = new Thread(session::close, "policysite-serve-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            out().println("Serving on http://" + hostForUrl(session.address()) + ":" + session.port()
                    + "/ (Ctrl+C to stop)");
            out().flush();
            session.awaitClose();
        }
        return 0;
    }

    /**
     * Binds the address, builds the site once and starts watching; the caller closes the session.
     * {@link #call()} runs it until Ctrl+C; tests start one on port 0 and ask it for the port.
     */
    ServeSession start() throws IOException {
        InetSocketAddress address = parseAddress(devAddr);
        Path cwd = Path.of("").toAbsolutePath();
        SiteConfig config = options.load(new Diagnostics());
        if (!address.getAddress().isLoopbackAddress()) {
            err().println("warning: serving on " + address.getAddress().getHostAddress()
                    + ": other machines can read your drafts (use 127.0.0.1 to keep them private)");
            err().flush();
        }
        return ServeSession.start(address, watched(config), List.of(config.siteDir()), cwd,
                (site, changed) -> rebuild(cwd, site, changed), result -> report(cwd, result));
    }

    private void report(Path cwd, ServeSession.Rebuild result) {
        if (result.ok()) {
            if (!result.changed().isEmpty()) {
                out().printf(Locale.ROOT, "Rebuilt in %d ms (%s)%n", result.millis(), describe(cwd, result.changed()));
                out().flush();
            }
            return;
        }
        err().println(result.error());
        if (options.verbose) {
            result.failure().printStackTrace(err());
        }
        err().flush();
    }

    /**
     * After an edit, only the pages it affects when the last build allows that (see
     * {@link SiteBuilder#rebuildPages}); otherwise, and at start, a full build with the config read anew.
     * Runs on the session's watch thread only, one build at a time.
     */
    private void rebuild(Path cwd, Path site, Set<Path> changed) {
        int seen = diagnostics.count();
        if (builder == null || !builder.rebuildPages(changed)) {
            diagnostics = new Diagnostics();
            seen = 0;
            SiteConfig config = options.load(diagnostics);
            SiteBuilder fresh = new SiteBuilder(config, diagnostics, Plugins.forSite(config, diagnostics), new MarkdownEngine());
            fresh.build(site);
            builder = fresh;
        }
        for (Finding f : diagnostics.since(seen)) {
            err().println(f.toLine(cwd));
        }
        err().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private List<Path> watched(SiteConfig config) {
        List<Path> roots = new ArrayList<>();
        roots.add(config.docsDir());
        roots.add(config.configFile());
        if (config.themeDir() != null) {
            roots.add(config.themeDir());
        }
        if (config.policiesDir() != null && !config.policiesDir().startsWith(config.docsDir())) {
            roots.add(config.policiesDir());
        }
        for (Path b : config.includeBases()) {
            if (!b.startsWith(config.docsDir())) {
                roots.add(b);
            }
        }
        return roots;
    }

    static InetSocketAddress parseAddress(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new UserError(null, "bad --dev-addr '" + spec + "'", "write HOST:PORT, e.g. 127.0.0.1:8000");
        }
        String host = spec.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(spec.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new UserError(null, "bad port in --dev-addr '" + spec + "'", "write HOST:PORT, e.g. 127.0.0.1:8000");
        }
        if (port < 0 || port > 65535) {
            throw new UserError(null, "port " + port + " is out of range", "use a port from 1 to 65535 (0 picks a free one)");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (IOException e) {
            throw new UserError(null, "unknown host '" + host + "' in --dev-addr", "use an IP address such as 127.0.0.1");
        }
    }

    private static String hostForUrl(InetSocketAddress a) {
        String h = a.getAddress().getHostAddress();
        return h.contains(":") ? "[" + h + "]" : h;
    }

    private static String describe(Path cwd, Set<Path> changed) {
        if (changed.isEmpty()) {
            return "start";
        }
        Path first = changed.iterator().next();
        String s = first.startsWith(cwd) ? cwd.relativize(first).toString() : first.toString();
        return changed.size() == 1 ? s : s + " and " + (changed.size() - 1) + " more";
    }
}
