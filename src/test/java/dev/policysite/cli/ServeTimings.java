package dev.policysite.cli;

import dev.policysite.serve.ServeSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Not a test: measures how long {@code policysite serve} takes from saving a file of the bundled content
 * to the rebuilt site being written (the numbers in the README). Run after {@code mvn test-compile}:
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) dev.policysite.cli.ServeTimings [ROUNDS]</pre>
 */
public final class ServeTimings {
    private ServeTimings() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path project = Files.createTempDirectory("policysite-timings-");
        Path config = ServeFixture.copyBundledProject(project);
        BlockingQueue<ServeSession.Rebuild> builds = new LinkedBlockingQueue<>();
        try (ServeFixture.Served served = ServeFixture.serve("--config", config.toString(), "--dev-addr", "127.0.0.1:0")) {
            served.session().addListener(builds::add);
            measure("page (aws/role-chaining.md)", project.resolve("content/aws/role-chaining.md"),
                    "# AWS IAM role chaining\n", rounds, builds);
            measure("policy model (policies/aws-cross-account.yaml)", project.resolve("content/policies/aws-cross-account.yaml"),
                    "title: Cross-account role limited to one VPC\n", rounds, builds);
            measure("template (templates/base.ftlh)", project.resolve("templates/base.ftlh"), "</body>", rounds, builds);
        } finally {
            try (Stream<Path> walk = Files.walk(project)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String what, Path file, String anchor, int rounds, BlockingQueue<ServeSession.Rebuild> builds)
            throws Exception {
        String original = Files.readString(file);
        if (!original.contains(anchor)) {
            throw new IllegalStateException(file + " no longer contains " + anchor.strip());
        }
        List<Long> written = new ArrayList<>();
        List<Long> built = new ArrayList<>();
        for (int i = 0; i <= rounds; i++) {
            builds.clear();
            String edit = anchor.startsWith("#") || anchor.startsWith("title")
                    ? original.replace(anchor, anchor.strip() + " " + i + "\n")
                    : original.replace(anchor, "<!-- edit " + i + " -->" + anchor);
            long saved = System.nanoTime();
            Path temp = file.resolveSibling(file.getFileName() + ".tmp-" + i);
            Files.writeString(temp, edit);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ServeSession.Rebuild r = builds.poll(120, TimeUnit.SECONDS);
            long done = System.nanoTime();
            if (r == null || !r.ok()) {
                throw new IllegalStateException("rebuild failed: " + (r == null ? "timeout" : r.error()));
            }
            if (i > 0) { // the first round warms the JIT up
                written.add((done - saved) / 1_000_000);
                built.add(r.millis());
            }
        }
        Files.writeString(file, original);
        builds.poll(120, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "%-50s save -> written: median %d ms (min %d, max %d); build alone: median %d ms%n",
                what, median(written), Collections.min(written), Collections.max(written), median(built));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
