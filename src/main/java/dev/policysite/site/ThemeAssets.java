package dev.policysite.site;

import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files (css, js, fonts) under {@code assets/}: the built-in ones from policysite's jar,
 * overlaid by the project's theme folder, all copied to the site's {@code assets/}.
 */
final class ThemeAssets {
    private static final String BUILT_IN = "/dev/policysite/theme/assets";

    private ThemeAssets() {
    }

    /** Relative path (under assets/) → file, project files winning over built-in ones. */
    static Map<String, Path> collect(Path themeDir) {
        Map<String, Path> out = new TreeMap<>();
        URL url = ThemeAssets.class.getResource(BUILT_IN);
        if (url != null) {
            list(builtInRoot(url), out);
        }
        if (themeDir != null && Files.isDirectory(themeDir.resolve("assets"))) {
            list(themeDir.resolve("assets"), out);
        }
        return out;
    }

    private static Path builtInRoot(URL url) {
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath(BUILT_IN);
        } catch (URISyntaxException | IOException e) {
            throw new UserError(null, "cannot read the built-in theme: " + e.getMessage(), "reinstall policysite");
        }
    }

    private static void list(Path root, Map<String, Path> out) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UserError(SourcePos.fileOnly(root), "cannot list theme assets: " + e.getMessage(), "check the folder");
        }
    }
}
