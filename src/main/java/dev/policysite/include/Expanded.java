package dev.policysite.include;

import dev.policysite.diag.SourceMap;

import java.nio.file.Path;
import java.util.Set;

/**
 * A page's text after include expansion, with the map back to original lines and the files it read
 * (so the dev server knows which pages to rebuild when an included file changes).
 */
public record Expanded(String text, SourceMap map, Set<Path> dependencies) {
}
