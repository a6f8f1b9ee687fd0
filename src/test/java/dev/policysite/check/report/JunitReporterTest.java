package dev.policysite.check.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitReporterTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element && ((Element) nl.item(i)).getTagName().equals(tag)) {
                out.add((Element) nl.item(i));
            }
        }
        return out;
    }

    @Test
    void aSuitePerFileATestCasePerCheckAndFailuresForErrors() throws Exception {
        Document doc = parse(ReportFixture.render(new JunitReporter(ReportFixture.BASE), ReportFixture.report()));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("9");
        assertThat(root.getAttribute("failures")).isEqualTo("1");

        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("docs/a.md", "docs/b.md", "docs/c.md");
        Element a = suites.get(0);
        assertThat(a.getAttribute("tests")).isEqualTo("3");
        assertThat(a.getAttribute("failures")).isEqualTo("1");
        List<Element> cases = children(a, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("build", "blocks", "links");
        assertThat(cases).allSatisfy(c -> assertThat(c.getAttribute("classname")).isEqualTo("docs/a.md"));

        Element blocks = cases.get(1);
        List<Element> failures = children(blocks, "failure");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).getAttribute("type")).isEqualTo("json.trailing-comma");
        assertThat(failures.get(0).getAttribute("message")).isEqualTo("1 error, first at 3:7: trailing comma before '}'");
        assertThat(failures.get(0).getTextContent())
                .contains("3:7 error: trailing comma before '}' [json.trailing-comma]", "12 warning: ignore comment silences nothing");

        Element links = cases.get(2);
        assertThat(children(links, "failure")).isEmpty();
        assertThat(children(links, "system-out").get(0).getTextContent()).contains("- warning: page is not in the nav [link.orphan-page]");
        assertThat(children(cases.get(0), "failure")).isEmpty();

        Element b = suites.get(1);
        assertThat(b.getAttribute("failures")).isEqualTo("0");
        Element c = suites.get(2);
        assertThat(c.getAttribute("tests")).isEqualTo("3");
        assertThat(children(c, "testcase")).allSatisfy(tc -> assertThat(tc.getChildNodes().getLength()).isZero());
    }

    @Test
    void findingsCodesMapToChecks() {
        assertThat(JunitReporter.checkOf("json.trailing-comma")).isEqualTo("blocks");
        assertThat(JunitReporter.checkOf("policy.drift")).isEqualTo("blocks");
        assertThat(JunitReporter.checkOf("link.broken-anchor")).isEqualTo("links");
        assertThat(JunitReporter.checkOf("include.lines-out-of-range")).isEqualTo("build");
    }

    @Test
    void specialCharactersAreEscaped() throws Exception {
        var f = new dev.policysite.diag.Finding("json.syntax", dev.policysite.diag.Severity.ERROR,
                new dev.policysite.diag.SourcePos(ReportFixture.A, 1, 1), "bad <tag> & \"quote\" ]]>", "");
        String xml = ReportFixture.render(new JunitReporter(ReportFixture.BASE),
                new dev.policysite.check.CheckReport(List.of(f), List.of(ReportFixture.A), 1, 1, 0));
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).endsWith("bad <tag> & \"quote\" ]]>");
    }
}
