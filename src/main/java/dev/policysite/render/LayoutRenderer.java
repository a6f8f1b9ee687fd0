package dev.policysite.render;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders pages into the site layout with Freemarker. Templates are looked up in the project's theme
 * folder first, then in the theme built into policysite, so a project overrides only what it changes.
 * HTML auto-escaping is on ({@code .ftlh}); page bodies are inserted with {@code ?no_esc}.
 */
public final class LayoutRenderer {
    public static final String BUILT_IN_THEME = "/dev/policysite/theme/templates";

    private final Configuration cfg;
    private final Path themeDir;

    public LayoutRenderer(Path themeDir) {
        this.themeDir = themeDir;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (themeDir != null) {
            try {
                loaders.add(new FileTemplateLoader(themeDir.toFile()));
            } catch (IOException e) {
                throw new UserError(SourcePos.fileOnly(themeDir), "cannot read theme folder: " + e.getMessage(), "check it exists");
            }
        }
        loaders.add(new ClassTemplateLoader(LayoutRenderer.class, BUILT_IN_THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
    }

    /** Renders template {@code name} (e.g. {@code page.ftlh}) with {@code model}. */
    public String render(String name, Map<String, Object> model) {
        Template t = template(name);
        StringBuilderWriter out = new StringBuilderWriter(16384);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            throw TemplateErrors.of(e, templatePath(e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name), 0);
        } catch (IOException e) {
            throw new UserError(templatePos(name), "cannot render: " + e.getMessage(), "check the template");
        }
        return out.toString();
    }

    /** Whether a template of this name exists (front matter may pick one). */
    public boolean exists(String name) {
        try {
            cfg.getTemplate(name);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true; // it exists but is broken: render() will say how
        }
    }

    private Template template(String name) {
        try {
            return cfg.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new UserError(templatePos(name), "template '" + name + "' not found",
                    "create it in the theme folder, or pick an existing template in front matter");
        } catch (ParseException e) {
            throw TemplateErrors.of(e, templatePath(e.getTemplateName() != null ? e.getTemplateName() : name), 0);
        } catch (IOException e) {
            throw new UserError(templatePos(name), "cannot read template: " + e.getMessage(), "check the file");
        }
    }

    private SourcePos templatePos(String name) {
        return SourcePos.fileOnly(templatePath(name));
    }

    private Path templatePath(String name) {
        if (themeDir != null && themeDir.resolve(name).toFile().isFile()) {
            return themeDir.resolve(name);
        }
        return Path.of("(built-in theme)", name);
    }

    /** Drops cached templates (the dev server calls this when a template changes). */
    public void clearCache() {
        cfg.clearTemplateCache();
    }

    /** A StringWriter without StringBuffer's locking: one page is rendered by one thread. */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder sb;

        StringBuilderWriter(int capacity) {
            sb = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            sb.append(cbuf, off, len);
        }

        @Override
        public void write(String str) {
            sb.append(str);
        }

        @Override
        public void write(String str, int off, int len) {
            sb.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            sb.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
