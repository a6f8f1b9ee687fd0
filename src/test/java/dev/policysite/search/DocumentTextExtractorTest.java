package dev.policysite.search;

import dev.policysite.markdown.MarkdownEngine;
import dev.policysite.markdown.headings.HeadingPass;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextExtractorTest {
    private final MarkdownEngine markdown = new MarkdownEngine();

    private static final String PAGE = "# Title\n\nIntro with `inline code` and *emphasis*.\n\n"
            + "## Step 1: Create a VPC\n\nEnable **DNS hostnames**.\n\n- one\n- two\n\n"
            + "```json\n{\"Action\": \"ec2:DescribeVpcs\"}\n```\n\n"
            + "!!! note \"Heads up\"\n    Inside the note.\n\n"
            + "### Ports\n\n| port | use |\n|---|---|\n| 80 | certificates |\n";

    @Test
    void readsTheSameSectionsAsTheHtmlExtractor() {
        Node doc = markdown.parse(PAGE);
        new HeadingPass("¶").run(doc);
        PageTextExtractor.Result fromDoc = DocumentTextExtractor.extract(doc);
        PageTextExtractor.Result fromHtml = PageTextExtractor.extract(markdown.render(doc));

        assertThat(fromDoc.sections()).extracting(SearchEntry.Section::anchor)
                .containsExactly("step-1-create-a-vpc", "ports")
                .isEqualTo(fromHtml.sections().stream().map(SearchEntry.Section::anchor).toList());
        assertThat(fromDoc.sections()).extracting(SearchEntry.Section::title)
                .containsExactly("Step 1: Create a VPC", "Ports");
        assertThat(words(fromDoc.intro())).isEqualTo(words(fromHtml.intro())).isEqualTo("Intro with inline code and emphasis.");
        assertThat(fromDoc.sections().get(0).text())
                .contains("Enable DNS hostnames.").contains("one").contains("two").contains("ec2:DescribeVpcs")
                .contains("Inside the note.");
        assertThat(words(fromDoc.sections().get(1).text())).isEqualTo(words(fromHtml.sections().get(1).text()));
    }

    @Test
    void theTitleAndPermalinksAreNotText() {
        Node doc = markdown.parse("# Only a title\n\n## Section\n\nBody.\n");
        new HeadingPass("¶").run(doc);
        PageTextExtractor.Result r = DocumentTextExtractor.extract(doc);
        assertThat(r.intro()).isBlank();
        assertThat(r.sections().get(0).text()).isEqualTo("Body.");
        assertThat(r.sections().get(0).title()).isEqualTo("Section");
    }

    private static String words(String s) {
        return s.trim().replaceAll("\\s+", " ");
    }
}
