package dev.policysite.check.links;

import dev.policysite.check.links.ParsedUrl.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTest {

    @Test
    void relativePathsLoseQueryAndFragmentAndAreDecoded() {
        ParsedUrl u = Urls.parse("../my%20guide/?tab=aws#Step%201");
        assertThat(u.kind()).isEqualTo(Kind.RELATIVE);
        assertThat(u.path()).isEqualTo("../my guide/");
        assertThat(u.fragment()).isEqualTo("Step 1");
        assertThat(Urls.parse("page/").fragment()).isNull();
        assertThat(Urls.parse("?only=query").path()).isEmpty();
    }

    @Test
    void kindsOfTargets() {
        assertThat(Urls.parse("#intro").kind()).isEqualTo(Kind.SAME_PAGE);
        assertThat(Urls.parse("#").fragment()).isEmpty();
        assertThat(Urls.parse("/guide/").kind()).isEqualTo(Kind.ROOT);
        assertThat(Urls.parse("/guide/").path()).isEqualTo("guide/");
        assertThat(Urls.parse("https://example.com").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(Urls.parse("HTTPS://user@example.com:8443/a?b#c").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(Urls.parse("http://[::1]:8080/").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(Urls.parse("//cdn.example.com/x.js").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(Urls.parse("mailto:team@example.com").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(Urls.parse("javascript:void(0)").kind()).isEqualTo(Kind.SKIPPED);
        assertThat(Urls.parse("data:image/png;base64,AAAA").kind()).isEqualTo(Kind.SKIPPED);
        assertThat(Urls.parse("s3://bucket/key").kind()).isEqualTo(Kind.SKIPPED);
        assertThat(Urls.parse("  page.md  ").path()).isEqualTo("page.md");
    }

    @Test
    void malformedTargets() {
        assertThat(Urls.parse("").problem()).isEqualTo("the link target is empty");
        assertThat(Urls.parse("   ").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(Urls.parse("http:/example.com").problem()).isEqualTo("'http:' must be followed by '//'");
        assertThat(Urls.parse("https:example.com").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(Urls.parse("https:///path").problem()).isEqualTo("it names no host");
        assertThat(Urls.parse("https://").problem()).isEqualTo("it names no host");
        assertThat(Urls.parse("https//example.com").problem()).isEqualTo("'https' must be followed by ':'");
        assertThat(Urls.parse("https://exa mple.com").problem()).isEqualTo("it contains a space (write it as %20)");
        assertThat(Urls.parse("https://example..com").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(Urls.parse("https://example.com:80a/").problem()).isEqualTo("the port '80a' is not a number");
        assertThat(Urls.parse("https://[::1/").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(Urls.parse("mailto:").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(Urls.parse("100%.png").problem()).startsWith("it has a broken %-escape");
        assertThat(Urls.parse("#a%zz").kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void percentDecodingIsUtf8AndStrict() {
        assertThat(Urls.percentDecode("caf%C3%A9")).isEqualTo("café");
        assertThat(Urls.percentDecode("a+b")).isEqualTo("a+b");
        assertThat(Urls.percentDecode("%C3")).isNull();
        assertThat(Urls.percentDecode("%4")).isNull();
        assertThat(Urls.lenientDecode("100%")).isEqualTo("100%");
    }

    @Test
    void pageFoldersFollowDirectoryUrls() {
        assertThat(LinkChecker.directory("guide/aws/")).isEqualTo("guide/aws/");
        assertThat(LinkChecker.directory("guide/aws.html")).isEqualTo("guide/");
        assertThat(LinkChecker.directory("")).isEmpty();
    }

    @Test
    void rawHtmlAttributeValuesMatchWhole() {
        assertThat(LinkSources.hasAttributeValue("<img src=\"../../a.png\">", "../")).isFalse();
        assertThat(LinkSources.hasAttributeValue("<img src=\"../../a.png\">", "../../a.png")).isTrue();
        assertThat(LinkSources.hasAttributeValue("<a href='x.md'>", "x.md")).isTrue();
        assertThat(LinkSources.hasAttributeValue("<a href=x.md>", "x.md")).isTrue();
    }
}
