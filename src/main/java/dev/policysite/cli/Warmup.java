package dev.policysite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.policysite.markdown.MarkdownEngine;
import freemarker.template.Configuration;
import freemarker.template.Template;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Loads and initializes, on a second thread, the libraries every build needs while the main thread is
 * still parsing the command line and reading the config: the first YAML mapper, Markdown parser and
 * template cost about 100 ms each in a fresh JVM, and a small site's whole build is a few hundred.
 * Nothing made here is kept; a class initialized here is simply ready when the build reaches it.
 */
final class Warmup {
    private Warmup() {
    }

    static void start() {
        Thread t = new Thread(Warmup::run, "policysite-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            new ObjectMapper(new YAMLFactory()).readTree("a: [1, b]\n");
            MarkdownEngine md = new MarkdownEngine();
            md.render(md.parse("# T\n\n| a |\n|---|\n| `b` |\n\n!!! note\n    *c*\n\n```json\n{\"d\": 1}\n```\n"));
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
            new Template("warmup", new StringReader("<#list xs as x>${x?c}</#list>"), cfg)
                    .process(Map.of("xs", java.util.List.of(1)), new StringWriter());
        } catch (Exception | LinkageError e) {
            // only a head start: whatever fails here fails again, with a proper message, where it is really used
        }
    }
}
