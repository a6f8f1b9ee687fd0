package dev.policysite.cli;

import dev.policysite.diag.UserError;
import dev.policysite.serve.ServeSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code policysite serve} over raw HTTP (a socket, so no client tidies the path up first): it serves the
 * built site and nothing outside it, with the right content types and the site's 404 page, on loopback
 * unless told otherwise.
 */
class ServeHttpTest {
    private static final String SECRET = "TOP-SECRET-" + Long.toHexString(System.nanoTime());

    @TempDir
    static Path tmp;
    private static ServeFixture.Served served;
    private static Path site;

    @BeforeAll
    static void serveBundledContent() throws IOException {
        Path config = ServeFixture.copyBundledProject(tmp.resolve("project"));
        served = ServeFixture.serve("--config", config.toString(), "--dev-addr", "127.0.0.1:0");
        site = served.session().siteDir();
        // a file just outside the served folder, and links inside it that lead out
        Path outside = site.getParent();
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        Files.createDirectories(outside.resolve("private"));
        Files.writeString(outside.resolve("private/index.html"), SECRET);
        Files.createSymbolicLink(site.resolve("leak.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("leak"), outside.resolve("private"));
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code METHOD target} exactly as written and reads the whole answer. */
    static Response raw(int port, String method, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP head for %s", target).isPositive();
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    static Response get(String target) throws IOException {
        return raw(served.session().port(), "GET", target);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
        "/assets/../../secret.txt", "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt", "/.%2e/secret.txt", "/./../secret.txt", "/%252e%252e/secret.txt",
        "/../../../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd", "//etc/passwd", "/%2fetc/passwd", "/%2Fetc%2Fpasswd",
        "/secret.txt%00.html", "/leak.txt", "/leak", "/leak/", "/leak/index.html", "/assets/../../x",
    })
    void nothingOutsideTheSiteIsServed(String target) throws IOException {
        Response r = get(target);
        assertThat(r.status()).as("status for %s", target).isIn(400, 404);
        assertThat(r.body()).doesNotContain(SECRET).doesNotContain("root:x:0:0");
        assertThat(r.header("Location")).as("no redirect for %s", target).isNull();
    }

    @Test
    void theSecretIsReallyThereForATraversalToFind() throws IOException {
        // the refused paths above would have reached real files: the test is not vacuous
        assertThat(Files.readString(site.resolve("../secret.txt"))).isEqualTo(SECRET);
        assertThat(Files.readString(site.resolve("leak.txt"))).isEqualTo(SECRET);
        assertThat(Files.readString(site.resolve("leak/index.html"))).isEqualTo(SECRET);
    }

    @Test
    void aFolderWithoutIndexIsNotListed() throws IOException {
        for (String target : new String[] {"/assets/", "/assets/policysite/", "/policies/aws-cross-account/../"}) {
            Response r = get(target);
            if (target.contains("..")) {
                assertThat(r.status()).isIn(400, 404);
                continue;
            }
            assertThat(r.status()).as(target).isEqualTo(404);
            assertThat(r.body()).as(target).contains("<body class=\"ps-not-found\">").doesNotContain("site.js</a>");
        }
        // without the slash: a redirect to the folder, which is then a 404 as above
        Response noSlash = get("/assets");
        assertThat(noSlash.status()).isEqualTo(301);
        assertThat(noSlash.header("Location")).isEqualTo("/assets/");
    }

    @ParameterizedTest
    @CsvSource({
        "/, text/html; charset=utf-8",
        "/aws/role-chaining/, text/html; charset=utf-8",
        "/aws/role-chaining/index.html, text/html; charset=utf-8",
        "/assets/policysite/site.css, text/css; charset=utf-8",
        "/assets/policysite/site.js, text/javascript; charset=utf-8",
        "/policies/policies.json, application/json",
        "/policies/aws-cross-account/without-backup+open-ports.json, application/json",
        "/policies/aws-cross-account/without-backup%2Bopen-ports.json, application/json",
        "/assets/images/role-chaining.svg, image/svg+xml",
        "/sitemap.xml, application/xml",
    })
    void filesAreServedWithTheirContentType(String target, String type) throws IOException {
        Response r = get(target);
        assertThat(r.status()).as(target).isEqualTo(200);
        assertThat(r.header("Content-Type")).isEqualTo(type);
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        String path = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8).substring(1);
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        String onDisk = Files.readString(file);
        if (type.startsWith("text/html")) {
            // pages get the live-reload script, and are otherwise as built
            assertThat(r.body()).contains("<script src=\"/__policysite/livereload.js\"");
            assertThat(r.body()).startsWith(onDisk.substring(0, onDisk.lastIndexOf("</body>")));
        } else {
            assertThat(r.body()).isEqualTo(onDisk);
        }
    }

    @Test
    void unknownPathsGetTheSitesNotFoundPage() throws IOException {
        Response r = get("/no/such/page/");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        String notFound = Files.readString(site.resolve("404.html"));
        assertThat(r.body()).startsWith(notFound.substring(0, notFound.lastIndexOf("</body>")))
                .contains("<script src=\"/__policysite/livereload.js\"");
        assertThat(get("/assets/policysite/nothing.js").status()).isEqualTo(404);
    }

    @Test
    void onlyGetAndHead() throws IOException {
        Response post = raw(served.session().port(), "POST", "/");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
        Response head = raw(served.session().port(), "HEAD", "/");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void bindsToLoopbackByDefault() throws IOException {
        ServeCommand defaults = new ServeCommand();
        new CommandLine(defaults).parseArgs();
        assertThat(defaults.devAddr).isEqualTo("127.0.0.1:8000");
        InetSocketAddress address = ServeCommand.parseAddress(defaults.devAddr);
        assertThat(address.getAddress().isLoopbackAddress()).isTrue();
        assertThat(address.getPort()).isEqualTo(8000);

        // the session above runs on the default host (port 0 instead of 8000, to never collide)
        InetSocketAddress bound = served.session().address();
        assertThat(bound.getAddress()).isEqualTo(address.getAddress());
        assertThat(served.err().toString()).doesNotContain("warning");
        assertThat(served.out().toString()).isEmpty();
        // and it cannot be reached through any other address of this machine
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        if (external.isPresent()) {
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(external.get(), bound.getPort()), 5_000);
                }
            }).isInstanceOfAny(ConnectException.class, SocketTimeoutException.class);
        }
    }

    @Test
    void anAddressOtherMachinesCanReachPrintsAWarning(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("policysite.yaml"), "site_name: Tiny\ndocs_dir: docs\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/index.md"), "# Tiny\n");
        try (ServeFixture.Served open = ServeFixture.serve("--config", project.resolve("policysite.yaml").toString(),
                "--dev-addr", "0.0.0.0:0")) {
            assertThat(open.session().address().getAddress().isAnyLocalAddress()).isTrue();
            assertThat(open.err().toString()).isEqualTo("warning: serving on 0.0.0.0: other machines can read your drafts"
                    + " (use 127.0.0.1 to keep them private)" + System.lineSeparator());
        }
    }

    @Test
    void aTakenPortIsAOneLineError(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("policysite.yaml"), "site_name: Tiny\ndocs_dir: docs\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/index.md"), "# Tiny\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String addr = "127.0.0.1:" + taken.getLocalPort();
            assertThatThrownBy(() -> ServeFixture.serve("--config", project.resolve("policysite.yaml").toString(), "--dev-addr", addr))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("cannot serve on " + addr);
        }
    }

    @Test
    void aSiteBrokenAtStartIsServedWithTheErrorAndRecoversOnTheFix(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("policysite.yaml"), "site_name: Tiny\ndocs_dir: docs\n");
        Path index = Files.createDirectories(project.resolve("docs")).resolve("index.md");
        Files.writeString(index, "# Tiny\n\n{!missing.md!}\n");
        try (ServeFixture.Served broken = ServeFixture.serve("--config", project.resolve("policysite.yaml").toString(),
                "--dev-addr", "127.0.0.1:0")) {
            BlockingQueue<ServeSession.Rebuild> builds = new LinkedBlockingQueue<>();
            broken.session().addListener(builds::add);
            int port = broken.session().port();
            String error = broken.err().toString().strip();
            assertThat(error).contains("index.md:3:").contains("error:").contains("missing.md").doesNotContain("\n");

            // every page carries the live-reload script, and a tab that connects is shown the error at once
            Response page = raw(port, "GET", "/");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("<script src=\"/__policysite/livereload.js\"");
            assertThat(firstEvents(port, "event: build-error")).contains("event: build-error\ndata: " + error + "\n\n");

            Files.writeString(index, "# Tiny, fixed\n");
            ServeSession.Rebuild fixed = builds.poll(60, TimeUnit.SECONDS);
            assertThat(fixed).isNotNull();
            assertThat(fixed.ok()).as(fixed.error()).isTrue();
            Response good = raw(port, "GET", "/");
            assertThat(good.status()).isEqualTo(200);
            assertThat(good.body()).contains("Tiny, fixed");
            assertThat(firstEvents(port, "event: hello")).doesNotContain("build-error");
        }
    }

    /** Opens the live-reload event stream and reads it until {@code event} has come in whole. */
    private static String firstEvents(int port, String event) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /__policysite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            while (true) {
                int b = in.read();
                assertThat(b).as("stream ended before %s", event).isNotNegative();
                seen.write(b);
                String text = seen.toString(StandardCharsets.UTF_8);
                int at = text.indexOf(event);
                if (at >= 0 && text.indexOf("\n\n", at) > 0) {
                    return text.substring(text.indexOf("\r\n\r\n") + 4);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"8000", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000"})
    void aBadAddressIsAUserError(String spec) {
        assertThatThrownBy(() -> ServeCommand.parseAddress(spec)).isInstanceOf(UserError.class);
    }
}
