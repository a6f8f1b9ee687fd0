package dev.policysite.include;

import dev.policysite.diag.Diagnostics;
import dev.policysite.diag.SourcePos;
import dev.policysite.diag.UserError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncludeExpanderTest {
    @TempDir
    Path project;
    Path docs;
    Diagnostics diagnostics;
    IncludeExpander expander;

    @BeforeEach
    void setUp() throws IOException {
        docs = Files.createDirectories(project.resolve("docs"));
        diagnostics = new Diagnostics();
        expander = new IncludeExpander(project, List.of(docs), List.of(), diagnostics);
    }

    private Path write(String rel, String text) throws IOException {
        Path p = project.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private Expanded expandPage(String text) throws IOException {
        Path page = write("docs/page.md", text);
        return expander.expand(page, text, 1);
    }

    @Test
    void inCheckModeADirectiveThatCannotBeExpandedIsReportedAndExpandsToNothing() throws IOException {
        List<UserError> errors = new java.util.ArrayList<>();
        expander.recoverWith(errors::add);
        write("docs/part.md", "PART\n{!deeper/gone.md!}\nEND\n");
        Expanded e = expandPage("a {!gone.md!} b\n{!part.md!}\n--8<-- \"also-gone.txt\"\nlast\n");
        assertThat(e.text()).isEqualTo("a  b\nPART\n\nEND\nlast\n");
        assertThat(errors).extracting(UserError::pos).containsExactly(
                new SourcePos(docs.resolve("page.md"), 1, 3), new SourcePos(docs.resolve("part.md"), 2, 1),
                SourcePos.of(docs.resolve("page.md"), 3));
        assertThat(e.map().pos(4, 0)).isEqualTo(SourcePos.of(docs.resolve("part.md"), 3));
        assertThat(e.map().pos(5, 0)).isEqualTo(SourcePos.of(docs.resolve("page.md"), 4));
    }

    @Test
    void textWithoutDirectivesIsUntouchedAndMapsLineByLine() throws IOException {
        Expanded e = expandPage("a\nb\nc\n");
        assertThat(e.text()).isEqualTo("a\nb\nc\n");
        assertThat(e.map().size()).isEqualTo(3);
        assertThat(e.map().pos(3, 0)).isEqualTo(SourcePos.of(docs.resolve("page.md"), 3));
    }

    @Test
    void includesFromTheBasePathAndKeepsTextAroundTheDirective() throws IOException {
        write("docs/parts/one.txt", "ONE\n");
        Expanded e = expandPage("before {!parts/one.txt!} after\n");
        assertThat(e.text()).isEqualTo("before ONE after\n");
        assertThat(e.dependencies()).containsExactly(docs.resolve("parts/one.txt"));
    }

    @Test
    void dotSlashAndDotDotAreRelativeToTheIncludingFile() throws IOException {
        write("docs/guide/a.txt", "A\n");
        write("docs/shared/b.txt", "B\n");
        String text = "{!./a.txt!}\n{!../shared/b.txt!}\n";
        Path page = write("docs/guide/page.md", text);
        assertThat(expander.expand(page, text, 1).text()).isEqualTo("A\nB\n");
    }

    @Test
    void firstBaseThatHasTheFileWins() throws IOException {
        write("snippets/x.txt", "from snippets\n");
        write("docs/x.txt", "from docs\n");
        write("docs/only-docs.txt", "docs only\n");
        IncludeExpander two = new IncludeExpander(project, List.of(project.resolve("snippets"), docs), List.of(), diagnostics);
        String text = "{!x.txt!}\n{!only-docs.txt!}\n";
        Path page = write("docs/page.md", text);
        assertThat(two.expand(page, text, 1).text()).isEqualTo("from snippets\ndocs only\n");
    }

    @Test
    void lineRangesInBothClosingForms() throws IOException {
        write("docs/ten.txt", "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n");
        // markdown-include writes {!f!lines=...}; the form with a closing '!' is accepted too
        Expanded e = expandPage("{!ten.txt!lines=3-4 9!}\n--\n{!ten.txt!lines=2 6-7}\n");
        assertThat(e.text()).isEqualTo("l3\nl4\nl9\n--\nl2\nl6\nl7\n");
        // each inserted line maps to its own line in ten.txt
        assertThat(e.map().pos(3, 0)).isEqualTo(SourcePos.of(docs.resolve("ten.txt"), 9));
        assertThat(e.map().pos(7, 0)).isEqualTo(SourcePos.of(docs.resolve("ten.txt"), 7));
    }

    @Test
    void badLineRangeIsAnErrorAtTheDirective() throws IOException {
        write("docs/ten.txt", "l1\nl2\n");
        assertThatThrownBy(() -> expandPage("x\n{!ten.txt!lines=5-2!}\n"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("ends before it starts")
                .extracting(t -> ((UserError) t).pos())
                .isEqualTo(new SourcePos(docs.resolve("page.md"), 2, 1));
    }

    @Test
    void rangePastTheEndIsAWarning() throws IOException {
        write("docs/two.txt", "l1\nl2\n");
        Expanded e = expandPage("{!two.txt!lines=1 7-9!}\n");
        assertThat(e.text()).isEqualTo("l1\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("include.lines-out-of-range");
            assertThat(f.pos().line()).isEqualTo(1);
        });
    }

    @Test
    void snippetsWithAndWithoutLineRanges() throws IOException {
        write("docs/s.txt", "s1\ns2\ns3\ns4\ns5\n");
        Expanded e = expandPage("--8<-- \"s.txt\"\n===\n--8<-- \"s.txt:3:5\"\n===\n--8<-- 's.txt:2'\n");
        assertThat(e.text()).isEqualTo("s1\ns2\ns3\ns4\ns5\n===\ns3\ns4\ns5\n===\ns2\n");
    }

    @Test
    void snippetMarkerMustStandAloneOnItsLine() throws IOException {
        write("docs/s.txt", "s1\n");
        Expanded e = expandPage("text --8<-- \"s.txt\"\n");
        assertThat(e.text()).isEqualTo("text --8<-- \"s.txt\"\n");
    }

    @Test
    void expandsInsideCodeFencesToo() throws IOException {
        write("docs/policy.json", "{\n  \"Version\": \"2012-10-17\"\n}\n");
        Expanded e = expandPage("```json\n{!policy.json!}\n```\n");
        assertThat(e.text()).isEqualTo("```json\n{\n  \"Version\": \"2012-10-17\"\n}\n```\n");
    }

    @Test
    void nestedIncludesExpandAndMapToTheirOwnFiles() throws IOException {
        write("docs/outer.md", "outer 1\n{!inner.md!}\nouter 3\n");
        write("docs/inner.md", "inner 1\ninner 2\n");
        Expanded e = expandPage("page 1\n{!outer.md!}\npage 3\n");
        assertThat(e.text()).isEqualTo("page 1\nouter 1\ninner 1\ninner 2\nouter 3\npage 3\n");
        assertThat(e.map().pos(1, 0)).isEqualTo(SourcePos.of(docs.resolve("page.md"), 1));
        assertThat(e.map().pos(2, 0)).isEqualTo(SourcePos.of(docs.resolve("outer.md"), 1));
        assertThat(e.map().pos(4, 0)).isEqualTo(SourcePos.of(docs.resolve("inner.md"), 2));
        assertThat(e.map().pos(5, 0)).isEqualTo(SourcePos.of(docs.resolve("outer.md"), 3));
        assertThat(e.map().pos(6, 0)).isEqualTo(SourcePos.of(docs.resolve("page.md"), 3));
        assertThat(e.dependencies()).containsExactly(docs.resolve("outer.md"), docs.resolve("inner.md"));
    }

    @Test
    void aCycleIsAnErrorThatPrintsTheChain() throws IOException {
        write("docs/a.md", "A\n{!b.md!}\n");
        write("docs/b.md", "B\n\n{!a.md!}\n");
        assertThatThrownBy(() -> expandPage("{!a.md!}\n"))
                .isInstanceOf(UserError.class)
                .satisfies(t -> {
                    UserError e = (UserError) t;
                    assertThat(e.getMessage()).isEqualTo("include cycle: docs/page.md -> docs/a.md -> docs/b.md -> docs/a.md");
                    // the directive that closes the cycle: b.md line 3
                    assertThat(e.pos()).isEqualTo(new SourcePos(docs.resolve("b.md"), 3, 1));
                });
    }

    @Test
    void aFileIncludingItselfIsACycle() throws IOException {
        assertThatThrownBy(() -> expandPage("x\n{!page.md!}\n")).hasMessageContaining("include cycle: docs/page.md -> docs/page.md");
    }

    @Test
    void aMissingFileIsAnErrorAtTheDirectiveLineEvenInsideAnInclude() throws IOException {
        write("docs/outer.md", "one\ntwo\n  {!nope.md!}\n");
        assertThatThrownBy(() -> expandPage("{!outer.md!}\n"))
                .isInstanceOf(UserError.class)
                .satisfies(t -> {
                    UserError e = (UserError) t;
                    assertThat(e.getMessage()).startsWith("included file 'nope.md' not found");
                    assertThat(e.pos()).isEqualTo(new SourcePos(docs.resolve("outer.md"), 3, 3));
                    assertThat(e.hint()).isNotEmpty();
                });
    }

    @Test
    void aMissingSnippetIsAnErrorAtItsLine() throws IOException {
        assertThatThrownBy(() -> expandPage("a\nb\n--8<-- \"gone.txt\"\n"))
                .isInstanceOf(UserError.class)
                .extracting(t -> ((UserError) t).pos().line()).isEqualTo(3);
    }

    @Test
    void aPathLeavingTheContentRootIsRefused() throws IOException {
        Path outside = Files.createTempFile("policysite-outside", ".txt");
        try {
            String rel = "../".repeat(docs.getNameCount() + 2) + outside.toString().substring(1);
            assertThatThrownBy(() -> expandPage("{!" + rel + "!}\n"))
                    .isInstanceOf(UserError.class).hasMessageContaining("leaves the content root");
            assertThatThrownBy(() -> expandPage("{!" + outside + "!}\n"))
                    .isInstanceOf(UserError.class).hasMessageContaining("leaves the content root");
            assertThatThrownBy(() -> expandPage("{!../../../etc/passwd!}\n"))
                    .isInstanceOf(UserError.class).hasMessageContaining("leaves the content root");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aSymlinkLeadingOutsideTheContentRootIsRefused() throws IOException {
        Path outside = Files.createTempFile("policysite-secret", ".txt");
        try {
            Files.writeString(outside, "secret\n");
            Files.createSymbolicLink(docs.resolve("link.txt"), outside);
            assertThatThrownBy(() -> expandPage("{!link.txt!}\n"))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("outside the content root")
                    .extracting(t -> ((UserError) t).pos().line()).isEqualTo(1);
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aSymlinkedFolderLeadingOutsideIsRefusedToo() throws IOException {
        Path outsideDir = Files.createTempDirectory("policysite-outdir");
        try {
            Files.writeString(outsideDir.resolve("x.txt"), "x\n");
            Files.createSymbolicLink(docs.resolve("ext"), outsideDir);
            assertThatThrownBy(() -> expandPage("{!ext/x.txt!}\n"))
                    .isInstanceOf(UserError.class).hasMessageContaining("outside the content root");
        } finally {
            Files.delete(outsideDir.resolve("x.txt"));
            Files.delete(outsideDir);
        }
    }

    @Test
    void anIndentedIncludeIndentsEveryInsertedLine() throws IOException {
        write("docs/body.md", "- one\n- two\n\n```\ncode\n```\n");
        Expanded e = expandPage("!!! note\n    {!body.md!}\n\nafter\n");
        assertThat(e.text()).isEqualTo("!!! note\n    - one\n    - two\n    \n    ```\n    code\n    ```\n\nafter\n");
        // columns map back: column 7 of generated line 3 is column 3 of body.md line 2
        assertThat(e.map().pos(3, 7)).isEqualTo(new SourcePos(docs.resolve("body.md"), 2, 3));
        assertThat(e.map().pos(8, 0)).isEqualTo(SourcePos.of(docs.resolve("page.md"), 3));
    }

    @Test
    void anIndentedSnippetIndentsEveryInsertedLine() throws IOException {
        write("docs/s.txt", "s1\n  s2\n");
        Expanded e = expandPage("!!! tip\n    --8<-- \"s.txt\"\n");
        assertThat(e.text()).isEqualTo("!!! tip\n    s1\n      s2\n");
    }

    @Test
    void nestedIndentationAccumulates() throws IOException {
        write("docs/outer.md", "o\n    {!inner.md!}\n");
        write("docs/inner.md", "i1\ni2\n");
        Expanded e = expandPage("!!! note\n    {!outer.md!}\n");
        assertThat(e.text()).isEqualTo("!!! note\n    o\n        i1\n        i2\n");
    }

    @Test
    void linesAfterFrontMatterKeepTheirFileLineNumbers() throws IOException {
        write("docs/x.md", "X\n");
        Path page = write("docs/page.md", "---\ntitle: t\n---\nbody\n{!x.md!}\nend\n");
        Expanded e = expander.expand(page, "body\n{!x.md!}\nend\n", 4);
        assertThat(e.map().pos(1, 0).line()).isEqualTo(4);
        assertThat(e.map().pos(2, 0)).isEqualTo(SourcePos.of(docs.resolve("x.md"), 1));
        assertThat(e.map().pos(3, 0)).isEqualTo(SourcePos.of(page, 6));
    }

    @Test
    void emptyIncludedFileLeavesTheSurroundingText() throws IOException {
        write("docs/empty.md", "");
        assertThat(expandPage("a{!empty.md!}b\n").text()).isEqualTo("ab\n");
    }

    @Test
    void twoDirectivesOnOneLine() throws IOException {
        write("docs/a.txt", "A\n");
        write("docs/b.txt", "B\n");
        assertThat(expandPage("[{!a.txt!}|{!b.txt!}]\n").text()).isEqualTo("[A|B]\n");
    }

    @Test
    void windowsLineEndingsAreNormalised() throws IOException {
        write("docs/crlf.txt", "c1\r\nc2\r\n");
        assertThat(expandPage("{!crlf.txt!}\r\nend\r\n").text()).isEqualTo("c1\nc2\nend\n");
    }

    @Test
    void generatedIncludesComeFromTheirScheme() throws IOException {
        IncludeScheme upper = new IncludeScheme() {
            @Override
            public String scheme() {
                return "upper";
            }

            @Override
            public String expand(String args, SourcePos at) {
                return args.toUpperCase() + "\n" + at.line();
            }
        };
        IncludeExpander withScheme = new IncludeExpander(project, List.of(docs), List.of(upper), diagnostics);
        String text = "x\n    {!upper:abc def!}\n";
        Path page = write("docs/page.md", text);
        Expanded e = withScheme.expand(page, text, 1);
        assertThat(e.text()).isEqualTo("x\n    ABC DEF\n    2\n");
        assertThat(e.map().pos(3, 0)).isEqualTo(SourcePos.of(page, 2));
        assertThatThrownBy(() -> withScheme.expand(page, "{!nope:x!}\n", 1))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown include scheme 'nope:'");
    }

    @Test
    void includedNonUtf8FileIsAnErrorNamingThatFileAndLine() throws IOException {
        Path bad = docs.resolve("latin1.md");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> expandPage("{!latin1.md!}\n"))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("not valid UTF-8")
                .extracting(t -> ((UserError) t).pos()).isEqualTo(SourcePos.of(bad, 2));
    }
}
