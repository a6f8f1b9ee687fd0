package dev.policysite.iam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** The gzipped catalog files shipped in {@code dev/policysite/iam/catalog/} (see the README there). */
final class CatalogFiles {

    private CatalogFiles() {
    }

    /** The uncompressed bytes of a bundled catalog file; a missing file is a packaging bug. */
    static byte[] bundled(String name) {
        InputStream in = CatalogFiles.class.getResourceAsStream("catalog/" + name);
        if (in == null) {
            throw new IllegalStateException("catalog/" + name + " is missing from the policysite jar");
        }
        try {
            return readAll(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled catalog " + name, e);
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (InputStream stream = in) {
            return stream.readAllBytes();
        }
    }
}
