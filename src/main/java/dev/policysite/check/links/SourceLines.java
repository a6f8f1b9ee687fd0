package dev.policysite.check.links;

import dev.policysite.content.TextFiles;
import dev.policysite.diag.UserError;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The lines of original source files, read once each and only for files that have a finding to place. */
public final class SourceLines {
    private static final String[] NONE = new String[0];
    private static final Pattern LINE_END = Pattern.compile("\r?\n");
    private final Map<Path, String[]> files = new ConcurrentHashMap<>();

    /** Line {@code line} (1-based) of {@code file}, or "" when there is no such line. */
    public String line(Path file, int line) {
        String[] lines = files.computeIfAbsent(file, SourceLines::read);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    private static String[] read(Path file) {
        try {
            return LINE_END.split(TextFiles.readUtf8(file), -1);
        } catch (UserError e) {
            return NONE;
        }
    }
}
