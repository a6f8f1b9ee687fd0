package dev.policysite.check.links;

import dev.policysite.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** HtmlScan reads tags without building a document: it must find exactly what a browser's parser (jsoup) finds. */
class HtmlScanTest {

    /** The answer of a real HTML parser: ids and the URL attributes of the elements HtmlScan looks at. */
    static HtmlScan jsoup(String html) {
        Set<String> ids = new HashSet<>();
        List<HtmlLink> links = new ArrayList<>();
        for (Element e : Jsoup.parse(html).getAllElements()) {
            if (!e.id().isEmpty()) {
                ids.add(e.id());
            }
            String tag = e.normalName();
            switch (tag) {
                case "a" -> {
                    if (e.hasAttr("name")) {
                        ids.add(e.attr("name"));
                    }
                    add(e, "href", true, links);
                }
                case "area" -> add(e, "href", true, links);
                case "link" -> {
                    String rel = e.attr("rel").toLowerCase();
                    add(e, "href", rel.contains("next") || rel.contains("prev") || rel.contains("canonical")
                            || rel.contains("alternate"), links);
                }
                case "img", "script", "iframe", "source", "audio", "track", "embed" -> add(e, "src", false, links);
                case "video" -> {
                    add(e, "src", false, links);
                    add(e, "poster", false, links);
                }
                default -> {
                }
            }
        }
        return new HtmlScan(ids, links);
    }

    private static void add(Element e, String attr, boolean navigation, List<HtmlLink> links) {
        if (e.hasAttr(attr)) {
            links.add(new HtmlLink(e.normalName(), attr, e.attr(attr), navigation));
        }
    }

    private static void assertSameAsJsoup(String html) {
        HtmlScan expected = jsoup(html);
        HtmlScan actual = HtmlScan.of(html);
        assertThat(actual.ids()).as(html).isEqualTo(expected.ids());
        assertThat(actual.links()).as(html).containsExactlyElementsOf(expected.links());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=\"a.html\">x</a><a href='b.html'>y</a><a href=c.html>z</a>",
        "<A HREF=\"UP.html\" ID=Top>x</A>",
        "<a href=\"?a=1&amp;b=2\">x</a><a href=\"x&lt;y\">y</a><a href=\"&notit;\">z</a><a href=\"&#x41;&#66;\">w</a>",
        "<a href=\"first.html\" href=\"second.html\">dup</a>",
        "<a name=\"anchor\"></a><h2 id=\"h\">H</h2><div id=\"\">empty id</div>",
        "<!-- <a href=\"commented.html\"> --><a href=\"real.html\">x</a>",
        "<!--><a href=\"after-empty-comment.html\">x</a><!---><a href=\"b.html\">y</a>",
        "<!-- a --!><a href=\"after-bang.html\">x</a>",
        "<script>var s = '<a href=\"in-script.html\">';</script><a href=\"out.html\">x</a>",
        "<script src=\"app.js\"></script ><style>a[href=\"x\"]{}</style><a href=\"y.html\">y</a>",
        "<textarea><a href=\"in-textarea.html\"></textarea><title><a href=t></title>",
        "<SCRIPT>document.write('</scr' + 'ipt>')</SCRIPT><a href=\"after.html\">x</a>",
        "<!DOCTYPE html><?xml version=\"1.0\"?><a href=\"x.html\">x</a>",
        "<p>1 < 2 and 3 <4 </ p><a href=\"lt.html\">x</a>",
        "<link rel=\"next\" href=\"n/\"><link rel=stylesheet href=\"s.css\"><link rel=\"Prev\" href=\"p/\">",
        "<img src=\"i.png\"><video src=\"v.mp4\" poster=\"p.png\"></video><audio src=a.ogg></audio><iframe src=\"f.html\"></iframe>",
        "<svg><a href=\"svg-link.html\"><text id=\"svg-id\">t</text></a></svg>",
        "<a href = \"spaced.html\" >x</a><a href=\"unterminated",
        "<a\nhref=\"newline.html\"\n>x</a><a/href=\"slash.html\">y</a>",
        "<div id=a><div id=b></div></div><table><a href=\"misnested.html\">x</a><tr><td id=\"cell\"></td></tr></table>",
        "<img src=\"\"><a href>empty</a><a href=\"\">empty too</a>",
        "<![CDATA[ <a href=\"cdata.html\"> ]]><a href=\"after-cdata.html\">x</a>",
    })
    void findsWhatAnHtmlParserFinds(String html) {
        assertSameAsJsoup(html);
    }

    @Test
    void everyPageOfTheBundledSiteScansAsJsoupParsesIt(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        assertThat(Main.run("build", "--config", "content/policysite.yaml", "--out", site.toString(), "--quiet")).isZero();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList());
        }
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            String html = Files.readString(page);
            assertThat(HtmlScan.of(html).links()).as(page.toString()).isNotEmpty();
            assertSameAsJsoup(html);
        }
    }
}
